package org.coalitions.notification.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.coalitions.contracts.Risk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoalitionActivityViewTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	@Test
	void windowsEndTodayAndCoverThirtyAndNinetyDays() {
		CoalitionActivityView view = view(activity("ACTIVE", true, Map.of("2026-11-24", 2L, "2026-10-26", 3L,
				"2026-10-25", 5L, "2026-08-27", 7L, "2026-08-26", 11L, "2026-11-25", 13L)));
		assertThat(view.eventsLast30Days()).as("24 Nov back to 26 Oct").isEqualTo(5);
		assertThat(view.eventsLast90Days()).as("24 Nov back to 27 Aug").isEqualTo(17);
	}

	@Test
	void groupsAndRegionsAreThoseWithMembersAndUnknownCoversNobody() {
		CoalitionActivity activity = new CoalitionActivity("c", "n", "SPAM", "ACTIVE", null, null, 0, Map.of(), 4, 2,
				true, Map.of("GOVERNMENT", 1, "CIVIL_SOCIETY", 2, "ACADEMIC_COMMUNITY", 0, "UNKNOWN", 1),
				Map.of("AFRICAN", 3, "WEOG", 0, "UNKNOWN", 1), null, null, null, null, null, 2, null, null);
		CoalitionActivityView view = view(activity);
		assertThat(view.stakeholderGroups()).containsExactly("CIVIL_SOCIETY", "GOVERNMENT");
		assertThat(view.regions()).containsExactly("AFRICAN");
		assertThat(view.members()).isEqualTo(4);
		assertThat(view.developingCountryMembers()).isEqualTo(2);
	}

	@Test
	void anUnbalancedQuietCoalitionWithAnOverdueReportHasEveryRisk() {
		CoalitionActivityView view = view(activity("INACTIVE", false, Map.of("2026-01-10", 4L)));
		assertThat(view.risks()).containsExactly(Risk.UNBALANCED, Risk.REPORT_OVERDUE, Risk.QUIET);
		assertThat(view.inactive()).isTrue();
		assertThat(view.inactiveSince()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThat(view.missingReports()).containsExactly(2025);
		assertThat(view.reportingCycles()).extracting(CoalitionActivityView.CycleReport::status)
			.containsExactly("REPORTED", "OVERDUE");
		assertThat(view.reportingStatus()).isEqualTo("OVERDUE");
		assertThat(view.reportingCycle()).isEqualTo(2025);
		assertThat(view.reportingDeadline()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void aClosedCoalitionIsNeverUnbalancedOrQuietButStillOwesItsReport() {
		CoalitionActivityView view = view(activity("CLOSED", false, Map.of("2026-01-10", 4L)));
		assertThat(view.risks()).containsExactly(Risk.REPORT_OVERDUE);
		assertThat(view.inactive()).isFalse();
		assertThat(view.inactiveSince()).isNull();
	}

	@Test
	void quietIsWhatCoalitionServicePublishedNotAWindowCountedHere() {
		CoalitionActivity published = new CoalitionActivity("c", "n", "SPAM", "ACTIVE", null, null, 0, Map.of(), 3, 3,
				true, Map.of(), Map.of(), null, null, null, null, false, null, null, null);
		assertThat(view(published).eventsLast90Days()).isZero();
		assertThat(view(published).risks()).as("no events here, but not published as quiet").isEmpty();
		assertThat(view(published).quiet()).isFalse();
	}

	@Test
	void joinRequestsCountApprovedRejectedAndWaitingAndTheirDecisionTimes() {
		Instant t = Instant.parse("2026-11-01T00:00:00Z");
		Map<String, CoalitionActivity.JoinRequest> requests = Map.of(
				"a", new CoalitionActivity.JoinRequest(t, t.plusSeconds(3600), true),
				"b", new CoalitionActivity.JoinRequest(t, t.plusSeconds(3 * 3600), false),
				"c", new CoalitionActivity.JoinRequest(t, t.plusSeconds(10 * 3600), true),
				"d", new CoalitionActivity.JoinRequest(t, t.plusSeconds(40 * 3600), true),
				"e", new CoalitionActivity.JoinRequest(t, null, null),
				"f", new CoalitionActivity.JoinRequest(null, t, false));
		CoalitionActivity activity = new CoalitionActivity("c", "n", "SPAM", "ACTIVE", null, null, 0, Map.of(), 3, 3,
				true, Map.of(), Map.of(), null, null, null, null, false, null, null, requests);
		JoinRequestFigures figures = view(activity).joinRequests();
		assertThat(figures.approved()).isEqualTo(3);
		assertThat(figures.rejected()).as("a decision whose request came before the data counts, untimed")
			.isEqualTo(2);
		assertThat(figures.waiting()).isEqualTo(1);
		assertThat(figures.medianDecisionHours()).as("between 3 h and 10 h").isEqualTo(6.5);
		assertThat(figures.longestDecisionHours()).isEqualTo(40.0);
		assertThat(JoinRequestFigures.of(null)).isEqualTo(new JoinRequestFigures(0, 0, 0, null, null));
	}

	@Test
	void aBalancedBusyCoalitionThatReportedHasNoRisk() {
		CoalitionActivity activity = new CoalitionActivity("c", "n", "SPAM", "ACTIVE",
				Instant.parse("2025-02-01T00:00:00Z"), null, 1, Map.of("2026-11-01", 1L), 3, 3, true, Map.of(),
				Map.of(), 2025, "REPORTED", "2026-03-31", null, false, null, null, null);
		CoalitionActivityView view = view(activity);
		assertThat(view.risks()).isEmpty();
		assertThat(view.atRisk()).isFalse();
		assertThat(view.reportingStatus()).isEqualTo("REPORTED");
	}

	@Test
	void aCoalitionWithoutBalanceYetIsUnbalancedAndAProposedOneIsProposed() {
		CoalitionActivity activity = new CoalitionActivity("c", "n", "SPAM", null,
				Instant.parse("2026-11-20T00:00:00Z"), null, 1, Map.of("2026-11-20", 1L), null, null, null, null,
				null, null, null, null, null, null, null, null, null);
		CoalitionActivityView view = view(activity);
		assertThat(view.status()).isEqualTo("PROPOSED");
		assertThat(view.members()).isZero();
		assertThat(view.balanceMet()).isFalse();
		assertThat(view.reportingStatus()).as("none published yet").isNull();
		assertThat(view.reportingDeadline()).isNull();
		assertThat(view.risks()).containsExactly(Risk.UNBALANCED);
	}

	private CoalitionActivityView view(CoalitionActivity activity) {
		return CoalitionActivityView.of(activity, TODAY);
	}

	private static CoalitionActivity activity(String status, boolean balanceMet, Map<String, Long> eventsByDay) {
		return new CoalitionActivity("c", "n", "SPAM", status, Instant.parse("2024-05-01T00:00:00Z"), null, 0,
				eventsByDay, 3, 3, balanceMet, Map.of(), Map.of(), 2025, "OVERDUE", "2026-03-31",
				Instant.parse("2026-04-01T00:00:00Z"), true, 1,
				Map.of("2025", new CoalitionActivity.CycleStatus("OVERDUE", "2026-03-31"), "2024",
						new CoalitionActivity.CycleStatus("REPORTED", "2025-03-31")),
				null);
	}
}
