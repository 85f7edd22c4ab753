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
				Map.of("AFRICAN", 3, "WEOG", 0, "UNKNOWN", 1), null, null, null);
		CoalitionActivityView view = view(activity);
		assertThat(view.stakeholderGroups()).containsExactly("CIVIL_SOCIETY", "GOVERNMENT");
		assertThat(view.regions()).containsExactly("AFRICAN");
		assertThat(view.members()).isEqualTo(4);
	}

	@Test
	void anUnbalancedQuietCoalitionWithAnOverdueReportHasEveryRisk() {
		CoalitionActivityView view = view(activity("INACTIVE", false, Map.of("2026-01-10", 4L)));
		assertThat(view.risks()).containsExactly(Risk.UNBALANCED, Risk.REPORT_OVERDUE, Risk.QUIET);
		assertThat(view.dormant()).isTrue();
		assertThat(view.reportingStatus()).isEqualTo("OVERDUE");
		assertThat(view.reportingCycle()).isEqualTo(2025);
		assertThat(view.reportingDeadline()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void aClosedCoalitionIsNeverUnbalancedOrQuietButStillOwesItsReport() {
		CoalitionActivityView view = view(activity("CLOSED", false, Map.of("2026-01-10", 4L)));
		assertThat(view.risks()).containsExactly(Risk.REPORT_OVERDUE);
		assertThat(view.dormant()).isFalse();
	}

	@Test
	void aBalancedBusyCoalitionThatReportedHasNoRisk() {
		CoalitionActivity activity = new CoalitionActivity("c", "n", "SPAM", "ACTIVE",
				Instant.parse("2025-02-01T00:00:00Z"), null, 1, Map.of("2026-11-01", 1L), 3, 3, true, Map.of(),
				Map.of(), 2025, "REPORTED", "2026-03-31");
		CoalitionActivityView view = view(activity);
		assertThat(view.risks()).isEmpty();
		assertThat(view.atRisk()).isFalse();
		assertThat(view.reportingStatus()).isEqualTo("REPORTED");
	}

	@Test
	void aCoalitionWithoutBalanceYetIsUnbalancedAndAProposedOneIsProposed() {
		CoalitionActivity activity = new CoalitionActivity("c", "n", "SPAM", null,
				Instant.parse("2026-11-20T00:00:00Z"), null, 1, Map.of("2026-11-20", 1L), null, null, null, null,
				null, null, null, null);
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
				eventsByDay, 3, 3, balanceMet, Map.of(), Map.of(), 2025, "OVERDUE", "2026-03-31");
	}
}
