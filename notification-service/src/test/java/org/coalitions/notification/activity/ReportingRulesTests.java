package org.coalitions.notification.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingRulesTests {

	final ReportingRules rules = ReportingRules.parse("03-31");

	final Instant proposedIn2025 = Instant.parse("2025-06-01T10:00:00Z");

	@Test
	void lastYearsReportIsDueUntilTheDeadlineAndOverdueAfterIt() {
		assertThat(rules.status(proposedIn2025, List.of(), LocalDate.of(2026, 1, 1))).isEqualTo(ReportingStatus.DUE);
		assertThat(rules.status(proposedIn2025, List.of(), LocalDate.of(2026, 3, 31))).isEqualTo(ReportingStatus.DUE);
		assertThat(rules.status(proposedIn2025, List.of(), LocalDate.of(2026, 4, 1)))
			.isEqualTo(ReportingStatus.OVERDUE);
		assertThat(rules.status(proposedIn2025, List.of(), LocalDate.of(2026, 12, 31)))
			.isEqualTo(ReportingStatus.OVERDUE);
	}

	@Test
	void aPublishedReportForTheCycleIsReportedBeforeAndAfterTheDeadline() {
		assertThat(rules.status(proposedIn2025, List.of(2025), LocalDate.of(2026, 2, 1)))
			.isEqualTo(ReportingStatus.REPORTED);
		assertThat(rules.status(proposedIn2025, List.of(2025), LocalDate.of(2026, 9, 1)))
			.isEqualTo(ReportingStatus.REPORTED);
		assertThat(rules.status(proposedIn2025, List.of(2024, 2026), LocalDate.of(2026, 9, 1)))
			.as("only the current cycle's report counts")
			.isEqualTo(ReportingStatus.OVERDUE);
	}

	@Test
	void aCoalitionProposedThisYearOwesNothingYet() {
		assertThat(rules.status(proposedIn2025, List.of(), LocalDate.of(2025, 12, 31))).isNull();
		assertThat(rules.status(null, List.of(), LocalDate.of(2026, 12, 31))).as("proposal never seen").isNull();
	}

	@Test
	void theNextCycleStartsOnTheFirstOfJanuary() {
		assertThat(rules.status(proposedIn2025, List.of(2025), LocalDate.of(2027, 1, 1))).isEqualTo(ReportingStatus.DUE);
	}

	@Test
	void theDeadlineIsConfigurableInBothNotations() {
		assertThat(ReportingRules.parse("--06-30").deadlineOf(2025)).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(ReportingRules.parse("06-30").status(proposedIn2025, List.of(), LocalDate.of(2026, 6, 30)))
			.isEqualTo(ReportingStatus.DUE);
		assertThat(ReportingRules.parse("02-29").deadlineOf(2026)).as("no 29 February in 2027")
			.isEqualTo(LocalDate.of(2027, 2, 28));
	}
}
