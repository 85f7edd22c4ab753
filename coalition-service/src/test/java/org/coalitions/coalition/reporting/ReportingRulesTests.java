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
	void aCoalitionThatFiledTheLatestReportDueIsAskedForTheCycleBeingWritten() {
		assertThat(rules.headline(2020, Set.of(2025), LocalDate.of(2026, 12, 1)))
			.isEqualTo(new CycleStatus(2026, ReportingState.DUE, LocalDate.of(2027, 3, 31)));
	}

	@Test
	void aCoalitionThatDidNotFileTheLatestReportDueIsAskedForThatOneOverdue() {
		assertThat(rules.headline(2020, Set.of(2024), LocalDate.of(2026, 12, 1)))
			.isEqualTo(new CycleStatus(2025, ReportingState.OVERDUE, LocalDate.of(2026, 3, 31)));
	}

	@Test
	void inTheFirstMonthsOfTheYearAnOverdueReportStaysTheHeadline() {
		for (LocalDate day : new LocalDate[] { LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 15),
				LocalDate.of(2027, 3, 31) }) {
			assertThat(rules.headline(2020, Set.of(2024), day)).as(day.toString())
				.isEqualTo(new CycleStatus(2025, ReportingState.OVERDUE, LocalDate.of(2026, 3, 31)));
			assertThat(rules.headline(2020, Set.of(2025), day)).as(day + ", 2025 filed")
				.isEqualTo(new CycleStatus(2026, ReportingState.DUE, LocalDate.of(2027, 3, 31)));
		}
	}

	@Test
	void theDayAfterTheDeadlineTheCycleBeingWrittenIsOverdueIfNotFiled() {
		assertThat(rules.headline(2020, Set.of(2025), LocalDate.of(2027, 4, 1)))
			.isEqualTo(new CycleStatus(2026, ReportingState.OVERDUE, LocalDate.of(2027, 3, 31)));
	}

	@Test
	void aReportFiledBeforeItsDeadlineIsTheHeadlineUntilTheDeadlinePassesThenTheNextCycleIsDue() {
		Set<Integer> filed = Set.of(2025, 2026);
		assertThat(rules.headline(2020, filed, LocalDate.of(2026, 12, 1)))
			.isEqualTo(new CycleStatus(2026, ReportingState.REPORTED, LocalDate.of(2027, 3, 31)));
		assertThat(rules.headline(2020, filed, LocalDate.of(2027, 3, 31)).state()).isEqualTo(ReportingState.REPORTED);
		assertThat(rules.headline(2020, filed, LocalDate.of(2027, 4, 1)))
			.isEqualTo(new CycleStatus(2027, ReportingState.DUE, LocalDate.of(2028, 3, 31)));
	}

	@Test
	void aCoalitionWithNoDeadlinePassedYetIsAskedForItsFirstReport() {
		assertThat(rules.headline(2026, Set.of(), LocalDate.of(2026, 12, 1)))
			.isEqualTo(new CycleStatus(2026, ReportingState.DUE, LocalDate.of(2027, 3, 31)));
		assertThat(rules.headline(2026, Set.of(), LocalDate.of(2027, 2, 1)))
			.as("next year, before the deadline of its first report")
			.isEqualTo(new CycleStatus(2026, ReportingState.DUE, LocalDate.of(2027, 3, 31)));
		assertThat(rules.headline(2027, Set.of(), LocalDate.of(2027, 2, 1)))
			.as("proposed in the first months of a year: no cycle of its own has passed")
			.isEqualTo(new CycleStatus(2027, ReportingState.DUE, LocalDate.of(2028, 3, 31)));
		assertThat(rules.headline(2026, Set.of(), LocalDate.of(2027, 4, 1)))
			.isEqualTo(new CycleStatus(2026, ReportingState.OVERDUE, LocalDate.of(2027, 3, 31)));
	}

	@Test
	void afterSeveralYearsWithoutReportsTheLatestMissedOneIsTheHeadline() {
		assertThat(rules.headline(2019, Set.of(2019, 2020), LocalDate.of(2027, 2, 15)))
			.as("the latest whose deadline has passed, not the first missed")
			.isEqualTo(new CycleStatus(2025, ReportingState.OVERDUE, LocalDate.of(2026, 3, 31)));
		assertThat(rules.headline(2019, Set.of(2019, 2020), LocalDate.of(2029, 6, 1)))
			.isEqualTo(new CycleStatus(2028, ReportingState.OVERDUE, LocalDate.of(2029, 3, 31)));
		assertThat(rules.headline(2019, Set.of(2019, 2027), LocalDate.of(2029, 2, 1)))
			.as("filing the latest one due is what counts, older gaps stay in the history")
			.isEqualTo(new CycleStatus(2028, ReportingState.DUE, LocalDate.of(2029, 3, 31)));
	}

	@Test
	void theHeadlineFollowsTheDeadlineSetting() {
		ReportingRules endOfJune = new ReportingRules(MonthDay.of(6, 30));
		assertThat(endOfJune.headline(2020, Set.of(2024), LocalDate.of(2026, 6, 30)))
			.as("2025's deadline has not passed yet")
			.isEqualTo(new CycleStatus(2025, ReportingState.DUE, LocalDate.of(2026, 6, 30)));
		assertThat(endOfJune.headline(2020, Set.of(2024), LocalDate.of(2026, 7, 1)))
			.isEqualTo(new CycleStatus(2025, ReportingState.OVERDUE, LocalDate.of(2026, 6, 30)));
		ReportingRules endOfYear = new ReportingRules(MonthDay.of(12, 31));
		assertThat(endOfYear.headline(2020, Set.of(2024), LocalDate.of(2026, 12, 31)))
			.isEqualTo(new CycleStatus(2025, ReportingState.DUE, LocalDate.of(2026, 12, 31)));
		assertThat(endOfYear.headline(2020, Set.of(2024), LocalDate.of(2027, 1, 1)))
			.isEqualTo(new CycleStatus(2025, ReportingState.OVERDUE, LocalDate.of(2026, 12, 31)));
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
	void remindersFollowTheReportBeingWrittenUnlessAnOlderOneIsOverdue() {
		LocalDate firstOfMarch = LocalDate.of(2027, 3, 1);
		assertThat(rules.reminderDue(CoalitionStatus.ACTIVE, rules.headline(2020, Set.of(2025), firstOfMarch),
				firstOfMarch))
			.contains(ReportingReminder.DUE_IN_30_DAYS);
		assertThat(rules.reminderDue(CoalitionStatus.INACTIVE, rules.headline(2020, Set.of(2024), firstOfMarch),
				firstOfMarch))
			.as("still asked for 2025, whose overdue reminder went long ago")
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
