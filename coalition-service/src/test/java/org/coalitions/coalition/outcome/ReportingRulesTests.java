package org.coalitions.coalition.outcome;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingRulesTests {

	final ReportingRules rules = new ReportingRules(MonthDay.of(3, 31));

	@Test
	void aCycleIsDueUntilItsDeadlineThenOverdue() {
		assertThat(rules.status(2025, false, LocalDate.of(2026, 3, 31)).state()).isEqualTo(ReportingState.DUE);
		assertThat(rules.status(2025, false, LocalDate.of(2026, 4, 1)).state()).isEqualTo(ReportingState.OVERDUE);
		assertThat(rules.status(2025, true, LocalDate.of(2027, 1, 1)).state()).isEqualTo(ReportingState.REPORTED);
		assertThat(rules.deadlineOf(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void historyStartsWithTheProposalYearAndListsNewestFirst() {
		assertThat(rules.history(2024, Set.of(2024), LocalDate.of(2026, 6, 1)))
			.extracting(CycleStatus::cycle, CycleStatus::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2026, ReportingState.DUE),
					org.assertj.core.groups.Tuple.tuple(2025, ReportingState.OVERDUE),
					org.assertj.core.groups.Tuple.tuple(2024, ReportingState.REPORTED));
	}
}
