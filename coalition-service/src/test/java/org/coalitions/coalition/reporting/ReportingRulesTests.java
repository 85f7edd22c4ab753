package org.coalitions.coalition.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.ReportingReminder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ReportingRulesTests {

	final ReportingRules rules = new ReportingRules(MonthDay.of(3, 31));

	@Test
	void aCycleIsDueUntilItsDeadlineInTheNextYearThenOverdue() {
		assertThat(rules.status(2025, false, LocalDate.of(2026, 3, 31)).state()).isEqualTo(ReportingState.DUE);
		assertThat(rules.status(2025, false, LocalDate.of(2026, 4, 1)).state()).isEqualTo(ReportingState.OVERDUE);
		assertThat(rules.deadlineOf(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void aCycleWithAPublishedReportIsReportedWhateverTheDate() {
		assertThat(rules.status(2025, true, LocalDate.of(2027, 1, 1)).state()).isEqualTo(ReportingState.REPORTED);
		assertThat(rules.status(2025, true, LocalDate.of(2025, 6, 1)).state()).isEqualTo(ReportingState.REPORTED);
	}

	@Test
	void theDeadlineDayIsASetting() {
		assertThat(new ReportingRules(MonthDay.of(6, 30)).status(2025, false, LocalDate.of(2026, 5, 1)))
			.isEqualTo(new CycleStatus(2025, ReportingState.DUE, LocalDate.of(2026, 6, 30)));
	}

	@Test
	void theHeadlineIsLastYearsReport() {
		assertThat(rules.headline(2020, Set.of(), LocalDate.of(2026, 3, 1)))
			.isEqualTo(new CycleStatus(2025, ReportingState.DUE, LocalDate.of(2026, 3, 31)));
		assertThat(rules.headline(2020, Set.of(), LocalDate.of(2026, 4, 1)))
			.isEqualTo(new CycleStatus(2025, ReportingState.OVERDUE, LocalDate.of(2026, 3, 31)));
		assertThat(rules.headline(2020, Set.of(2025), LocalDate.of(2026, 4, 1)).state())
			.isEqualTo(ReportingState.REPORTED);
	}

	@Test
	void aCoalitionProposedThisYearIsAskedForItsFirstReport() {
		assertThat(rules.headline(2026, Set.of(), LocalDate.of(2026, 12, 1)))
			.isEqualTo(new CycleStatus(2026, ReportingState.DUE, LocalDate.of(2027, 3, 31)));
		assertThat(rules.headlineCycle(2026, LocalDate.of(2027, 1, 1)))
			.as("next year, the first report is last year's")
			.isEqualTo(2026);
		assertThat(rules.headlineCycle(2026, LocalDate.of(2028, 1, 1))).isEqualTo(2027);
	}

	@Test
	void historyStartsWithTheProposalYearAndListsNewestFirst() {
		assertThat(rules.history(2024, Set.of(2024), LocalDate.of(2026, 6, 1)))
			.extracting(CycleStatus::cycle, CycleStatus::state)
			.containsExactly(tuple(2026, ReportingState.DUE), tuple(2025, ReportingState.OVERDUE),
					tuple(2024, ReportingState.REPORTED));
	}

	static final CycleStatus DUE_2025 = new CycleStatus(2025, ReportingState.DUE, LocalDate.of(2026, 3, 31));

	static final CycleStatus OVERDUE_2025 = new CycleStatus(2025, ReportingState.OVERDUE, LocalDate.of(2026, 3, 31));

	@Test
	void theThirtyDayReminderIsDueFromThirtyUntilSevenDaysBeforeTheDeadline() {
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, DUE_2025, LocalDate.of(2026, 2, 28))).isEmpty();
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, DUE_2025, LocalDate.of(2026, 3, 1)))
			.contains(ReportingReminder.DUE_IN_30_DAYS);
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, DUE_2025, LocalDate.of(2026, 3, 23)))
			.contains(ReportingReminder.DUE_IN_30_DAYS);
	}

	@Test
	void theSevenDayReminderIsDueFromSevenDaysBeforeTheDeadlineToItsDay() {
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, DUE_2025, LocalDate.of(2026, 3, 24)))
			.as("a coalition first checked after the 30-day mark gets only this one")
			.contains(ReportingReminder.DUE_IN_7_DAYS);
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, DUE_2025, LocalDate.of(2026, 3, 31)))
			.contains(ReportingReminder.DUE_IN_7_DAYS);
	}

	@Test
	void theOverdueReminderIsDueForAMonthAfterTheDeadlineThenSkipped() {
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, OVERDUE_2025, LocalDate.of(2026, 4, 1)))
			.contains(ReportingReminder.OVERDUE);
		assertThat(rules.reminderDue(CoalitionStatus.INACTIVE, OVERDUE_2025, LocalDate.of(2026, 4, 30)))
			.contains(ReportingReminder.OVERDUE);
		assertThat(rules.reminderDue(CoalitionStatus.INACTIVE, OVERDUE_2025, LocalDate.of(2026, 5, 1)))
			.as("its moment passed long ago")
			.isEmpty();
	}

	@Test
	void noReminderForAFiledReportOrACoalitionOffTheForumsLists() {
		CycleStatus reported = new CycleStatus(2025, ReportingState.REPORTED, LocalDate.of(2026, 3, 31));
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, reported, LocalDate.of(2026, 3, 25))).isEmpty();
		for (CoalitionStatus status : new CoalitionStatus[] { CoalitionStatus.PROPOSED, CoalitionStatus.CLOSED,
				CoalitionStatus.DECLINED }) {
			assertThat(rules.reminderDue(status, DUE_2025, LocalDate.of(2026, 3, 25))).as(status.name()).isEmpty();
		}
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, null, LocalDate.of(2026, 3, 25))).isEmpty();
	}
}
