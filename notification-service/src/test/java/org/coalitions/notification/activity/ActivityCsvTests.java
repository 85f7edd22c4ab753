package org.coalitions.notification.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.coalitions.contracts.Risk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityCsvTests {

	@Test
	void cellsThatASpreadsheetWouldRunBecomeText() {
		assertThat(ActivityCsv.cell("=HYPERLINK(\"http://evil.example\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
		assertThat(ActivityCsv.cell("+1")).isEqualTo("'+1");
		assertThat(ActivityCsv.cell("-1")).isEqualTo("'-1");
		assertThat(ActivityCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ActivityCsv.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(ActivityCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
		assertThat(ActivityCsv.cell("Open = good")).isEqualTo("Open = good");
	}

	@Test
	void commasQuotesAndLineBreaksAreQuoted() {
		assertThat(ActivityCsv.cell("Spam, Scams")).isEqualTo("\"Spam, Scams\"");
		assertThat(ActivityCsv.cell("The \"Open\" one")).isEqualTo("\"The \"\"Open\"\" one\"");
		assertThat(ActivityCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ActivityCsv.cell("plain")).isEqualTo("plain");
	}

	@Test
	void aHeaderThenOneRowPerCoalitionWithListsJoinedBySemicolons() {
		CoalitionActivityView view = new CoalitionActivityView("c1", "Rights, and more", "INTERNET_RIGHTS_AND_PRINCIPLES",
				"INACTIVE", 3, List.of("CIVIL_SOCIETY", "GOVERNMENT"), List.of("AFRICAN"), false, 2,
				Instant.parse("2026-11-24T10:00:00Z"), 2, 5, "OVERDUE", 2025, LocalDate.of(2026, 3, 31),
				List.of(new CoalitionActivityView.CycleReport(2024, "REPORTED", LocalDate.of(2025, 3, 31)),
						new CoalitionActivityView.CycleReport(2025, "OVERDUE", LocalDate.of(2026, 3, 31))),
				List.of(2025), true, Instant.parse("2026-04-01T00:00:00Z"), true,
				new JoinRequestFigures(4, 1, 2, 6.5, 40.0), List.of(Risk.UNBALANCED, Risk.QUIET));
		assertThat(ActivityCsv.of(List.of(view))).isEqualTo(String.join(",", ActivityCsv.HEADER) + "\r\n"
				+ "c1,\"Rights, and more\",INTERNET_RIGHTS_AND_PRINCIPLES,INACTIVE,3,CIVIL_SOCIETY;GOVERNMENT,AFRICAN,"
				+ "false,2,2026-11-24T10:00:00Z,2,5,OVERDUE,2025,2026-03-31,2024:REPORTED;2025:OVERDUE,2025,true,"
				+ "2026-04-01T00:00:00Z,true,4,1,2,6.5,40.0,UNBALANCED;QUIET\r\n");
	}
}
