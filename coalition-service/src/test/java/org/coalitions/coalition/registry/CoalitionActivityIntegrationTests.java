package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.test.ServiceIntegrationTest;
import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.BalanceChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Activity, which every event of a coalition reports: it only moves the last activity forward, it does not
 * let a save from an older read undo it, and it wakes a dormant coalition.
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
	void activityWakesADormantCoalition() {
		Coalition proposed = registry.propose(proposal(), "farah", "Farah");
		// only an ACTIVE coalition goes dormant: make it so, as the balance rule being met does
		registry.balanceChanged(proposed.getId(), new BalanceChanged(proposed.getId(), 3,
				Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1, "ACADEMIA", 1), Map.of(), 0, 3, true));
		// then as the periodic check does when last year's report is overdue
		registry.check(proposed.getId(), coalition -> new CycleStatus(2025, ReportingState.OVERDUE,
				LocalDate.of(2026, 3, 31)), Duration.ofDays(180));
		assertThat(registry.get(proposed.getId()).getStatus()).isEqualTo(CoalitionStatus.INACTIVE);

		Instant later = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
		registry.activity(proposed.getId(), later);

		Coalition woken = registry.get(proposed.getId());
		assertThat(woken.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(woken.getStatusReason()).isEqualTo("new activity");
		assertThat(woken.getLastActivityAt()).isEqualTo(later);
	}

	private static ProposeCoalition proposal() {
		return new ProposeCoalition("Activity " + UUID.randomUUID(), Theme.SPAM, null, "Spam.", null,
				JoinPolicy.OPEN, null);
	}
}
