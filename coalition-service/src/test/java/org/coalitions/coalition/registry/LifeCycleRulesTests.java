package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.coalitions.coalition.registry.LifeCycleRules.Transition;
import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.ReviewState;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per rule of the life cycle's table and of the review. */
class LifeCycleRulesTests {

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	static final Duration QUIET_AFTER = Duration.ofDays(180);

	static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

	static StakeholderBalance balance(boolean ruleMet) {
		return new StakeholderBalance(4, Map.of("CIVIL_SOCIETY", 2, "GOVERNMENT", 1, "ACADEMIA", 1), ruleMet ? 3 : 2,
				1, ruleMet);
	}

	static CycleStatus headline(ReportingState state) {
		return new CycleStatus(2025, state, DEADLINE);
	}

	@Test
	void aProposalStartsProposed() {
		assertThat(LifeCycleRules.PROPOSAL).isEqualTo(new Transition(CoalitionStatus.PROPOSED, "proposed"));
	}

	@Test
	void aProposedCoalitionBecomesActiveOnceApprovedAndBalancedWhicheverComesSecond() {
		assertThat(LifeCycleRules.onReviewOrBalance(CoalitionStatus.PROPOSED, ReviewState.APPROVED, balance(true)))
			.contains(new Transition(CoalitionStatus.ACTIVE,
					"approved by the secretariat, multistakeholder rule met: 3 stakeholder groups among 4 members"));
		assertThat(LifeCycleRules.onReviewOrBalance(CoalitionStatus.PROPOSED, ReviewState.APPROVED, balance(false)))
			.as("approved, not balanced")
			.isEmpty();
		assertThat(LifeCycleRules.onReviewOrBalance(CoalitionStatus.PROPOSED, ReviewState.APPROVED, null))
			.as("approved, no balance published yet")
			.isEmpty();
		for (ReviewState waiting : new ReviewState[] { ReviewState.AWAITING_REVIEW, ReviewState.CHANGES_REQUESTED }) {
			assertThat(LifeCycleRules.onReviewOrBalance(CoalitionStatus.PROPOSED, waiting, balance(true)))
				.as("balanced, " + waiting)
				.isEmpty();
		}
		for (CoalitionStatus other : new CoalitionStatus[] { CoalitionStatus.ACTIVE, CoalitionStatus.INACTIVE,
				CoalitionStatus.CLOSED, CoalitionStatus.DECLINED }) {
			assertThat(LifeCycleRules.onReviewOrBalance(other, ReviewState.APPROVED, balance(true))).as(other.name())
				.isEmpty();
		}
	}

	@Test
	void aDeclinedProposalIsDeclinedForGood() {
		assertThat(LifeCycleRules.onReviewOrBalance(CoalitionStatus.PROPOSED, ReviewState.DECLINED, balance(true)))
			.contains(new Transition(CoalitionStatus.DECLINED, "declined by the secretariat"));
		assertThatThrownBy(() -> LifeCycleRules.requireNotClosed(CoalitionStatus.DECLINED, "posted to"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("This proposal was declined by the secretariat and cannot be posted to.");
		assertThatThrownBy(() -> LifeCycleRules.close(CoalitionStatus.DECLINED, "why"))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> LifeCycleRules.reopen(CoalitionStatus.DECLINED, "why"))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(
				() -> LifeCycleRules.review(CoalitionStatus.DECLINED, ReviewState.DECLINED, ReviewDecision.APPROVED))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void onlyTheSecretariatReviewsAndOnlyProposalsWaitingForADecision() {
		assertThat(LifeCycleRules.mayReview(true)).isTrue();
		assertThat(LifeCycleRules.mayReview(false)).isFalse();
		for (ReviewDecision decision : ReviewDecision.values()) {
			assertThat(LifeCycleRules.review(CoalitionStatus.PROPOSED, ReviewState.AWAITING_REVIEW, decision))
				.isEqualTo(ReviewState.valueOf(decision.name()));
			assertThat(LifeCycleRules.review(CoalitionStatus.PROPOSED, ReviewState.CHANGES_REQUESTED, decision))
				.as("a proposal sent back for changes may be decided too")
				.isEqualTo(ReviewState.valueOf(decision.name()));
		}
		assertThatThrownBy(
				() -> LifeCycleRules.review(CoalitionStatus.PROPOSED, ReviewState.APPROVED, ReviewDecision.DECLINED))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).isConflict()).isTrue());
		assertThatThrownBy(
				() -> LifeCycleRules.review(CoalitionStatus.ACTIVE, ReviewState.APPROVED, ReviewDecision.APPROVED))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aProposalIsResubmittedOnlyAfterChangesWereAskedFor() {
		assertThat(LifeCycleRules.resubmit(CoalitionStatus.PROPOSED, ReviewState.CHANGES_REQUESTED))
			.isEqualTo(ReviewState.AWAITING_REVIEW);
		for (ReviewState other : new ReviewState[] { ReviewState.AWAITING_REVIEW, ReviewState.APPROVED,
				ReviewState.DECLINED }) {
			assertThatThrownBy(() -> LifeCycleRules.resubmit(CoalitionStatus.PROPOSED, other)).as(other.name())
				.isInstanceOf(RuleViolationException.class);
		}
	}

	@Test
	void anActiveCoalitionWhoseHeadlineReportIsOverdueGoesInactive() {
		assertThat(LifeCycleRules.onReporting(CoalitionStatus.ACTIVE, headline(ReportingState.OVERDUE)))
			.contains(new Transition(CoalitionStatus.INACTIVE, "the annual report for 2025 is overdue (due 2026-03-31)"));
		assertThat(LifeCycleRules.onReporting(CoalitionStatus.ACTIVE, headline(ReportingState.DUE))).isEmpty();
		assertThat(LifeCycleRules.onReporting(CoalitionStatus.ACTIVE, headline(ReportingState.REPORTED))).isEmpty();
		assertThat(LifeCycleRules.onReporting(CoalitionStatus.ACTIVE, null)).as("no headline published yet").isEmpty();
		for (CoalitionStatus other : new CoalitionStatus[] { CoalitionStatus.PROPOSED, CoalitionStatus.CLOSED,
				CoalitionStatus.DECLINED }) {
			assertThat(LifeCycleRules.onReporting(other, headline(ReportingState.OVERDUE))).as(other.name()).isEmpty();
		}
	}

	@Test
	void anInactiveCoalitionIsActiveAgainOnceItsHeadlineReportIsNoLongerOverdue() {
		assertThat(LifeCycleRules.onReporting(CoalitionStatus.INACTIVE, headline(ReportingState.REPORTED)))
			.contains(new Transition(CoalitionStatus.ACTIVE, "the annual report for 2025 was filed"));
		assertThat(LifeCycleRules.onReporting(CoalitionStatus.INACTIVE,
				new CycleStatus(2026, ReportingState.DUE, LocalDate.of(2027, 3, 31))))
			.as("the overdue report filed, the headline moved on to the one being written")
			.contains(new Transition(CoalitionStatus.ACTIVE,
					"no annual report is overdue any more (the one for 2026 is due by 2027-03-31)"));
		assertThat(LifeCycleRules.onReporting(CoalitionStatus.INACTIVE, headline(ReportingState.OVERDUE))).isEmpty();
	}

	@Test
	void quietnessIsAFlagForNoActivityInTheQuietPeriod() {
		assertThat(LifeCycleRules.quiet(NOW.minus(QUIET_AFTER).minusSeconds(1), NOW, QUIET_AFTER)).isTrue();
		assertThat(LifeCycleRules.quiet(NOW.minus(QUIET_AFTER).plusSeconds(1), NOW, QUIET_AFTER)).isFalse();
		assertThat(LifeCycleRules.quiet(null, NOW, QUIET_AFTER)).isFalse();
	}

	@Test
	void anyCoalitionNotEndedCanBeClosedByItsCoordinatorsOrTheSecretariat() {
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
		LifeCycleRules.requireNotClosed(CoalitionStatus.PROPOSED, "edited");
	}
}
