package org.coalitions.coalition.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingRules;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.BalanceChanged;

import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.ProposalResubmitted;
import org.coalitions.contracts.ProposalReviewed;
import org.coalitions.contracts.QuietnessChanged;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.ReviewState;
import org.coalitions.contracts.StatementRevised;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate applying the life-cycle rules, its reporting status, and its charter rules. */
class CoalitionTests {

	final Instant now = Instant.parse("2026-11-24T10:00:00Z");

	final ReportingRules rules = new ReportingRules(MonthDay.of(3, 31));

	static final Duration QUIET_AFTER = Duration.ofDays(180);

	Coalition proposed() {
		return Coalition.propose(new ProposeCoalition("Coalition on Spam", Theme.SPAM, null, "Spam.", "Charter",
				JoinPolicy.OPEN, null, new StatementText(" Spam hurts. ", "Meet monthly.", List.of(" Alice "),
						"https://lists.example.org/spam")),
				"alice", "Alice", now, rules);
	}

	static BalanceChanged balance(boolean ruleMet) {
		return new BalanceChanged("c", 3, Map.of("CIVIL_SOCIETY", 3), Map.of(), 0, ruleMet ? 3 : 1, ruleMet);
	}

	@Test
	void aProposalStartsProposedAndPublishesItsFirstReportAsTheHeadline() {
		Coalition coalition = proposed();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.PROPOSED);
		assertThat(coalition.pendingEvents()).extracting(event -> event.type())
			.containsExactly("org.coalitions.coalition.proposed.v1",
					"org.coalitions.coalition.reporting-status-changed.v1");
		assertThat(coalition.getReporting())
			.isEqualTo(new CycleStatus(2026, ReportingState.DUE, LocalDate.of(2027, 3, 31)));
	}

	@Test
	void theReportingStatusIsPublishedOnlyWhenItChanges() {
		Coalition coalition = proposed();
		CycleStatus overdue = new CycleStatus(2026, ReportingState.OVERDUE, LocalDate.of(2027, 3, 31));
		assertThat(coalition.reportingStatus(coalition.getReporting(), null, now)).isFalse();
		assertThat(coalition.reportingStatus(overdue, null, now)).isTrue();
		assertThat(coalition.reportingStatus(overdue, null, now)).isFalse();
		assertThat(coalition.pendingEvents()).hasSize(3);
		assertThat(EventJson.read(coalition.pendingEvents().get(2).data().getBytes(StandardCharsets.UTF_8),
				ReportingStatusChanged.class))
			.isEqualTo(new ReportingStatusChanged(coalition.getId(), 2026, "OVERDUE", LocalDate.of(2027, 3, 31)));
	}

	/** Approved by the secretariat: activation then waits only for the balance. */
	Coalition approved() {
		Coalition coalition = proposed();
		coalition.review(ReviewDecision.APPROVED, null, "sam", now);
		return coalition;
	}

	static final StatementText STATEMENT = new StatementText("Spam hurts.", "Meet monthly.", List.of("Alice"), null);

	@Test
	void aProposalKeepsItsStatementAsVersionOneAndWaitsForReview() {
		Coalition coalition = proposed();
		assertThat(coalition.statement()).isEqualTo(new Statement(1, "Spam hurts.", "Meet monthly.",
				List.of("Alice"), "https://lists.example.org/spam", "alice", now));
		assertThat(coalition.reviewState()).isEqualTo(ReviewState.AWAITING_REVIEW);
		assertThat(coalition.getProposerName()).isEqualTo("Alice");
	}

	@Test
	void eachRevisionOfTheStatementIsANewVersionAndAnEvent() {
		Coalition coalition = proposed();
		coalition.reviseStatement(STATEMENT, "bruno", now.plusSeconds(60));
		assertThat(coalition.statement().version()).isEqualTo(2);
		assertThat(coalition.statement().authorId()).isEqualTo("bruno");
		assertThat(coalition.getStatementVersions()).extracting(Statement::version).containsExactly(1, 2);
		assertThat(last(coalition, StatementRevised.class)).isEqualTo(new StatementRevised(coalition.getId(), 2));
		for (int i = 0; i < Coalition.STATEMENT_VERSIONS_KEPT; i++) {
			coalition.reviseStatement(STATEMENT, "bruno", now);
		}
		assertThat(coalition.getStatementVersions()).hasSize(Coalition.STATEMENT_VERSIONS_KEPT);
		assertThat(coalition.statement().version()).isEqualTo(Coalition.STATEMENT_VERSIONS_KEPT + 2);
	}

	@Test
	void approvalThenBalanceActivates() {
		Coalition coalition = approved();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.PROPOSED);
		assertThat(last(coalition, ProposalReviewed.class))
			.isEqualTo(new ProposalReviewed(coalition.getId(), "APPROVED", null, 1));
		assertThat(coalition.balanceChanged(balance(false), now)).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.PROPOSED);
		assertThat(coalition.balanceChanged(balance(true), now)).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(coalition.balanceChanged(balance(true), now)).as("a second time changes nothing").isFalse();
	}

	@Test
	void balanceThenApprovalActivates() {
		Coalition coalition = proposed();
		coalition.balanceChanged(balance(true), now);
		assertThat(coalition.getStatus()).as("balanced but not approved").isEqualTo(CoalitionStatus.PROPOSED);
		assertThat(coalition.getBalance().ruleMet()).isTrue();
		coalition.review(ReviewDecision.APPROVED, null, "sam", now);
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(coalition.pendingEvents().get(coalition.pendingEvents().size() - 1).type())
			.isEqualTo(EventCatalog.of(CoalitionStatusChanged.class).name());
	}

	@Test
	void changesRequestedThenResubmittedThenDeclined() {
		Coalition coalition = proposed();
		assertThatThrownBy(() -> coalition.resubmit("alice", now)).isInstanceOf(RuleViolationException.class);
		coalition.review(ReviewDecision.CHANGES_REQUESTED, "Name the contact persons' groups.", "sam", now);
		assertThat(coalition.getReview())
			.isEqualTo(new Review(ReviewState.CHANGES_REQUESTED, "Name the contact persons' groups.", now, "sam"));
		coalition.resubmit("alice", now.plusSeconds(5));
		assertThat(coalition.reviewState()).isEqualTo(ReviewState.AWAITING_REVIEW);
		assertThat(last(coalition, ProposalResubmitted.class)).isEqualTo(new ProposalResubmitted(coalition.getId(), 1));
		coalition.review(ReviewDecision.DECLINED, "Out of scope.", "sam", now);
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.DECLINED);
		assertThatThrownBy(() -> coalition.reviseStatement(STATEMENT, "alice", now))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> coalition.review(ReviewDecision.APPROVED, null, "sam", now))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void theCheckMakesAnActiveCoalitionInactiveWhenItsHeadlineReportIsOverdueAndFilingBringsItBack() {
		Coalition coalition = approved();
		coalition.balanceChanged(balance(true), now);
		CycleStatus due = coalition.getReporting();
		assertThat(coalition.check(due, rules, now, QUIET_AFTER)).isFalse();
		CycleStatus overdue = new CycleStatus(2026, ReportingState.OVERDUE, LocalDate.of(2027, 3, 31));
		Instant afterDeadline = Instant.parse("2027-04-01T00:00:00Z");
		assertThat(coalition.check(overdue, rules, afterDeadline, Duration.ofDays(3650))).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.INACTIVE);
		CycleStatus next = rules.headline(coalition.firstReportingCycle(), Set.of(2026),
				LocalDate.of(2027, 4, 2));
		assertThat(next).as("once 2026 is filed, 2027 is being written")
			.isEqualTo(new CycleStatus(2027, ReportingState.DUE, LocalDate.of(2028, 3, 31)));
		assertThat(coalition.reportFiled(next, "alice", afterDeadline.plus(Duration.ofDays(1)))).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(coalition.getStatusReason())
			.isEqualTo("no annual report is overdue any more (the one for 2027 is due by 2028-03-31)");
	}

	@Test
	void eachReminderIsPublishedOncePerCycle() {
		Coalition coalition = approved();
		coalition.balanceChanged(balance(true), now);
		CycleStatus due = coalition.getReporting();
		Instant thirtyDaysBefore = Instant.parse("2027-03-05T08:00:00Z");
		Instant sevenDaysBefore = Instant.parse("2027-03-25T08:00:00Z");
		Duration never = Duration.ofDays(3650);
		assertThat(coalition.check(due, rules, thirtyDaysBefore, never)).isTrue();
		assertThat(coalition.check(due, rules, thirtyDaysBefore.plusSeconds(3600), never)).as("the next hour")
			.isFalse();
		assertThat(coalition.check(due, rules, sevenDaysBefore, never)).isTrue();
		assertThat(coalition.check(due, rules, sevenDaysBefore, never)).isFalse();
		assertThat(coalition.pendingEvents()
			.stream()
			.filter(event -> event.type().equals(EventCatalog.of(ReportingReminderDue.class).name()))
			.map(event -> EventJson.read(event.data().getBytes(StandardCharsets.UTF_8), ReportingReminderDue.class)
				.reminder()))
			.containsExactly("DUE_IN_30_DAYS", "DUE_IN_7_DAYS");
	}

	@Test
	void quietnessFlipsOnTheCheckAndActivityClearsIt() {
		Coalition coalition = proposed();
		Instant halfAYearLater = now.plus(Duration.ofDays(181));
		assertThat(coalition.check(coalition.getReporting(), rules, halfAYearLater, QUIET_AFTER)).isTrue();
		assertThat(coalition.isQuiet()).isTrue();
		assertThat(coalition.getStatus()).as("quietness is not a status").isEqualTo(CoalitionStatus.PROPOSED);
		assertThat(last(coalition, QuietnessChanged.class)).isEqualTo(new QuietnessChanged(coalition.getId(), true, now));
		assertThat(coalition.check(coalition.getReporting(), rules, halfAYearLater, QUIET_AFTER)).isFalse();
		Instant later = halfAYearLater.plusSeconds(60);
		assertThat(coalition.activity(later)).isTrue();
		assertThat(coalition.isQuiet()).isFalse();
		assertThat(last(coalition, QuietnessChanged.class))
			.isEqualTo(new QuietnessChanged(coalition.getId(), false, later));
	}

	<T> T last(Coalition coalition, Class<T> type) {
		String name = EventCatalog.of(type.asSubclass(org.coalitions.contracts.PlatformEvent.class)).name();
		return coalition.pendingEvents()
			.stream()
			.filter(event -> event.type().equals(name))
			.reduce((first, second) -> second)
			.map(event -> EventJson.read(event.data().getBytes(StandardCharsets.UTF_8), type))
			.orElseThrow();
	}

	@Test
	void aClosedCoalitionTakesNoEditsAndOnlyReopensFromClosed() {
		Coalition coalition = proposed();
		assertThatThrownBy(() -> coalition.reopen("why", "sam", now)).isInstanceOf(RuleViolationException.class);
		coalition.close("work done", "alice", now);
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.CLOSED);
		assertThatThrownBy(() -> coalition.editCharter(new EditCharter("s", "c", JoinPolicy.OPEN, null), 1, "alice", now))
			.isInstanceOf(RuleViolationException.class);
		coalition.reopen("revived", "sam", now);
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
	}

	@Test
	void aCharterEditBasedOnAnOldVersionIsAConflict() {
		Coalition coalition = proposed();
		coalition.editCharter(new EditCharter("New summary", "New charter", JoinPolicy.MODERATED, null), 1, "alice", now);
		assertThat(coalition.getCharterVersion()).isEqualTo(2);
		assertThat(coalition.getJoinPolicy()).isEqualTo(JoinPolicy.MODERATED);
		assertThat(coalition.pendingEvents().get(2).type()).isEqualTo(EventCatalog.of(CharterEdited.class).name());
		assertThatThrownBy(
				() -> coalition.editCharter(new EditCharter("Other", "Other", JoinPolicy.OPEN, null), 1, "bruno", now))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).isConflict()).isTrue());
		assertThat(coalition.getSummary()).isEqualTo("New summary");
	}
}
