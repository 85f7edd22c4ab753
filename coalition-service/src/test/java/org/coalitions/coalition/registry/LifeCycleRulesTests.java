package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.coalitions.coalition.registry.LifeCycleRules.Transition;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per rule of the life cycle's table. */
class LifeCycleRulesTests {

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	static final Duration DORMANT_AFTER = Duration.ofDays(180);

	static BalanceChanged balance(boolean ruleMet) {
		return new BalanceChanged("c", 4, Map.of("CIVIL_SOCIETY", 2, "GOVERNMENT", 1, "ACADEMIA", 1), Map.of(), 1,
				ruleMet ? 3 : 2, ruleMet);
	}

	@Test
	void aProposedCoalitionBecomesActiveWhenMembershipMeetsTheMultistakeholderRule() {
		assertThat(LifeCycleRules.onBalance(CoalitionStatus.PROPOSED, balance(true)))
			.hasValueSatisfying(move -> {
				assertThat(move.to()).isEqualTo(CoalitionStatus.ACTIVE);
				assertThat(move.reason()).isEqualTo("multistakeholder rule met: 3 stakeholder groups among 4 members");
			});
		assertThat(LifeCycleRules.onBalance(CoalitionStatus.PROPOSED, balance(false))).isEmpty();
		for (CoalitionStatus other : new CoalitionStatus[] { CoalitionStatus.ACTIVE, CoalitionStatus.INACTIVE,
				CoalitionStatus.CLOSED }) {
			assertThat(LifeCycleRules.onBalance(other, balance(true))).as(other.name()).isEmpty();
		}
	}

	@Test
	void anActiveCoalitionQuietForTheDormantPeriodGoesDormant() {
		Instant quietSince = NOW.minus(DORMANT_AFTER).minusSeconds(1);
		assertThat(LifeCycleRules.onCheck(CoalitionStatus.ACTIVE, quietSince, NOW, DORMANT_AFTER, ReportingState.DUE))
			.contains(new Transition(CoalitionStatus.INACTIVE, "no activity for 180 days"));
		assertThat(LifeCycleRules.onCheck(CoalitionStatus.ACTIVE, NOW.minus(DORMANT_AFTER).plusSeconds(1), NOW,
				DORMANT_AFTER, ReportingState.DUE))
			.isEmpty();
		assertThat(LifeCycleRules.onCheck(CoalitionStatus.PROPOSED, quietSince, NOW, DORMANT_AFTER, null)).isEmpty();
	}

	@Test
	void anActiveCoalitionWhoseHeadlineReportIsOverdueGoesDormant() {
		assertThat(LifeCycleRules.onCheck(CoalitionStatus.ACTIVE, NOW, NOW, DORMANT_AFTER, ReportingState.OVERDUE))
			.contains(new Transition(CoalitionStatus.INACTIVE,
					"the annual report of the previous reporting cycle is missing"));
		assertThat(LifeCycleRules.onCheck(CoalitionStatus.ACTIVE, NOW, NOW, DORMANT_AFTER, ReportingState.REPORTED))
			.isEmpty();
		assertThat(LifeCycleRules.onCheck(CoalitionStatus.ACTIVE, NOW, NOW, DORMANT_AFTER, null))
			.as("no headline published yet")
			.isEmpty();
		assertThat(LifeCycleRules.onCheck(CoalitionStatus.CLOSED, NOW, NOW, DORMANT_AFTER, ReportingState.OVERDUE))
			.isEmpty();
	}

	@Test
	void activityWakesADormantCoalitionAndOnlyMovesLastActivityOtherwise() {
		assertThat(LifeCycleRules.onActivity(CoalitionStatus.INACTIVE))
			.contains(new Transition(CoalitionStatus.ACTIVE, "new activity"));
		assertThat(LifeCycleRules.activityWithoutTransition()).containsExactlyInAnyOrder(CoalitionStatus.PROPOSED,
				CoalitionStatus.ACTIVE, CoalitionStatus.CLOSED);
		LifeCycleRules.activityWithoutTransition()
			.forEach(status -> assertThat(LifeCycleRules.onActivity(status)).as(status.name()).isEmpty());
	}

	@Test
	void anyCoalitionNotClosedCanBeClosedByItsCoordinatorsOrTheSecretariat() {
		for (CoalitionStatus open : new CoalitionStatus[] { CoalitionStatus.PROPOSED, CoalitionStatus.ACTIVE,
				CoalitionStatus.INACTIVE }) {
			assertThat(LifeCycleRules.close(open, "work done"))
				.isEqualTo(new Transition(CoalitionStatus.CLOSED, "work done"));
		}
		assertThatThrownBy(() -> LifeCycleRules.close(CoalitionStatus.CLOSED, "again"))
			.isInstanceOf(RuleViolationException.class);
		assertThat(LifeCycleRules.mayClose(true, false)).isTrue();
		assertThat(LifeCycleRules.mayClose(false, true)).isTrue();
		assertThat(LifeCycleRules.mayClose(false, false)).isFalse();
	}

	@Test
	void onlyAClosedCoalitionIsReopenedAndOnlyByTheSecretariat() {
		assertThat(LifeCycleRules.reopen(CoalitionStatus.CLOSED, "revived"))
			.isEqualTo(new Transition(CoalitionStatus.ACTIVE, "revived"));
		assertThatThrownBy(() -> LifeCycleRules.reopen(CoalitionStatus.INACTIVE, "revived"))
			.isInstanceOf(RuleViolationException.class);
		assertThat(LifeCycleRules.mayReopen(true)).isTrue();
		assertThat(LifeCycleRules.mayReopen(false)).isFalse();
	}

	@Test
	void aClosedCoalitionTakesNoChanges() {
		assertThatThrownBy(() -> LifeCycleRules.requireNotClosed(CoalitionStatus.CLOSED, "edited"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("This coalition is closed and cannot be edited.");
		LifeCycleRules.requireNotClosed(CoalitionStatus.INACTIVE, "edited");
	}
}
