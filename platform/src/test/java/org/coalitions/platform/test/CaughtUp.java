package org.coalitions.platform.test;

import java.time.Duration;

import org.coalitions.infra.Ports;
import org.coalitions.platform.messaging.ConsumerPositions;

/**
 * Waits until every group of a service under test has committed up to the end of the topics it reads. A new test
 * context reads the shared broker's topics from their beginning, so before a test counts anything across all
 * coalitions, what earlier tests (of this module and the modules built before) published must be applied, or it
 * lands between two counts.
 */
public final class CaughtUp {

	private CaughtUp() {
	}

	public static void await(ConsumerPositions positions, Duration timeout) {
		Ports.await("every group caught up", timeout, () -> positions.lag()
			.map(lag -> !lag.isEmpty() && lag.values().stream().allMatch(group -> !group.isEmpty()
					&& group.values().stream().allMatch(behind -> behind == 0)))
			.orElse(false));
	}
}
