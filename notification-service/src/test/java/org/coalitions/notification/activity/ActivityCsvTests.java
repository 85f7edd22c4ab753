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
				"ACTIVE", 3, List.of("CIVIL_SOCIETY", "GOVERNMENT"), List.of("AFRICAN"), false,
				Instant.parse("2026-11-24T10:00:00Z"), 2, 5, "DUE", 2026, LocalDate.of(2027, 3, 31), false,
				List.of(Risk.UNBALANCED, Risk.QUIET));
		assertThat(ActivityCsv.of(List.of(view))).isEqualTo(String.join(",", ActivityCsv.HEADER) + "\r\n"
				+ "c1,\"Rights, and more\",INTERNET_RIGHTS_AND_PRINCIPLES,ACTIVE,3,CIVIL_SOCIETY;GOVERNMENT,AFRICAN,"
				+ "false,2026-11-24T10:00:00Z,2,5,DUE,2026,2027-03-31,false,UNBALANCED;QUIET\r\n");
	}
}
