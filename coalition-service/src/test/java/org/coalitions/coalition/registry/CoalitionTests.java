package org.coalitions.coalition.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

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
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate applying the life-cycle rules, its reporting status, and its charter rules. */
class CoalitionTests {

	final Instant now = Instant.parse("2026-11-24T10:00:00Z");

	Coalition proposed() {
		return Coalition.propose(new ProposeCoalition("Coalition on Spam", Theme.SPAM, null, "Spam.", "Charter",
				JoinPolicy.OPEN, null), "alice", "Alice", now, new ReportingRules(MonthDay.of(3, 31)));
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

	@Test
	void theCheckMakesAnActiveCoalitionDormantWhenItsHeadlineReportIsOverdue() {
		Coalition coalition = proposed();
		coalition.balanceChanged(balance(true), now);
		assertThat(coalition.check(now, Duration.ofDays(180))).isFalse();
		coalition.reportingStatus(new CycleStatus(2026, ReportingState.OVERDUE, LocalDate.of(2027, 3, 31)), null, now);
		assertThat(coalition.check(now, Duration.ofDays(180))).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.INACTIVE);
	}

	@Test
	void metBalanceActivatesOnlyAProposedCoalition() {
		Coalition coalition = proposed();
		assertThat(coalition.balanceChanged(balance(false), now)).isFalse();
		assertThat(coalition.balanceChanged(balance(true), now)).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(coalition.balanceChanged(balance(true), now)).as("a second time changes nothing").isFalse();
		assertThat(coalition.pendingEvents()).hasSize(3);
		assertThat(coalition.pendingEvents().get(2).type())
			.isEqualTo(EventCatalog.of(CoalitionStatusChanged.class).name());
	}

	@Test
	void dormantWakesOnActivityButProposedDoesNotBecomeActive() {
		Coalition coalition = proposed();
		Instant halfAYearLater = now.plus(Duration.ofDays(181));
		assertThat(coalition.check(halfAYearLater, Duration.ofDays(180))).as("only ACTIVE goes dormant").isFalse();
		coalition.activity(now.plusSeconds(60));
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.PROPOSED);

		coalition.balanceChanged(balance(true), now);
		assertThat(coalition.check(halfAYearLater, Duration.ofDays(180))).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.INACTIVE);
		coalition.activity(halfAYearLater.plusSeconds(120));
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(coalition.getStatusReason()).isEqualTo("new activity");
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
