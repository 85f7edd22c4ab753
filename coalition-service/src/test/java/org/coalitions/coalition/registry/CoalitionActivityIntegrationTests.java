package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Activity, which every event of a coalition reports: it only moves the last activity forward, it does not
 * let a save from an older read undo it, and it clears a quiet coalition's flag.
 */
@ServiceIntegrationTest("coalition-service")
class CoalitionActivityIntegrationTests {

	@Autowired
	CoalitionRegistry registry;

	@Autowired
	CoalitionRepository coalitions;

	@Test
	void activityMovesForwardOnlyAndWinsOverAStaleSave() {
		Coalition proposed = registry.propose(proposal(), "farah", "Farah");
		Instant later = proposed.getProposedAt().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		Coalition readBefore = registry.get(proposed.getId());

		registry.activity(proposed.getId(), later);
		assertThat(registry.get(proposed.getId()).getLastActivityAt()).isEqualTo(later);

		registry.activity(proposed.getId(), later.minus(Duration.ofMinutes(30)));
		assertThat(registry.get(proposed.getId()).getLastActivityAt()).as("older activity does not move it back")
			.isEqualTo(later);

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.as("a save from a read taken before the activity would undo it")
			.isThrownBy(() -> coalitions.save(readBefore));
	}

	@Test
	void aQuietCoalitionIsQuietNoMoreOnActivity() {
		Coalition proposed = registry.propose(proposal(), "farah", "Farah");
		// the periodic check flags it quiet when nothing happened for the quiet period (here: no time at all)
		registry.check(proposed.getId(), Coalition::getReporting, Duration.ZERO.minusSeconds(1));
		assertThat(registry.get(proposed.getId()).isQuiet()).isTrue();

		Instant later = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
		registry.activity(proposed.getId(), later);

		Coalition woken = registry.get(proposed.getId());
		assertThat(woken.isQuiet()).isFalse();
		assertThat(woken.getStatus()).as("quietness is not a status").isEqualTo(CoalitionStatus.PROPOSED);
		assertThat(woken.getLastActivityAt()).isEqualTo(later);
	}

	private static ProposeCoalition proposal() {
		return new ProposeCoalition("Activity " + UUID.randomUUID(), Theme.SPAM, null, "Spam.", null,
				JoinPolicy.OPEN, null, new StatementText("Why.", "Plan.", List.of("Farah"), null));
	}
}
