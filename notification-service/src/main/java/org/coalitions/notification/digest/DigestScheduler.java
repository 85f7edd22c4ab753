package org.coalitions.notification.digest;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for digests that fell due, every {@code coalitions.notification.digest.check-interval}. */
@Component
record DigestScheduler(Digests digests, DigestProperties properties, Clock clock) {

	@Scheduled(fixedDelayString = "${coalitions.notification.digest.check-interval}",
			initialDelayString = "${coalitions.notification.digest.check-interval}")
	void check() {
		if (properties.enabled()) {
			digests.run(clock.instant());
		}
	}
}
