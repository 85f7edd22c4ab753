package org.coalitions.contracts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeRecordTests {

	@Test
	void supportersCountWithTheirConcernsAndTheAnnexIsNamedWhenItHoldsAnything() {
		OutcomeTally tally = new OutcomeTally(
				Map.of("SUPPORT", 11, "SUPPORT_WITH_CONCERNS", 3, "ABSTAIN", 1, "DISSENT", 2),
				Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 5, "DISSENT", 1), "GOVERNMENT", Map.of("SUPPORT", 2),
						"PRIVATE_SECTOR", Map.of("SUPPORT_WITH_CONCERNS", 3), "TECHNICAL_COMMUNITY",
						Map.of("SUPPORT", 2, "ABSTAIN", 1), "ACADEMIC_COMMUNITY", Map.of("SUPPORT", 2), "UNSPECIFIED",
						Map.of("DISSENT", 1)));

		assertThat(OutcomeRecord.of(true, tally)).isEqualTo(
				"Supported by 14 members from 5 stakeholder groups (3 with concerns); 1 abstention; 2 dissents (see annex).");
	}

	@Test
	void aGroupOfOnlyDissentersAddsNoGroupAndOneIsSingular() {
		OutcomeTally tally = new OutcomeTally(Map.of("SUPPORT", 1, "DISSENT", 1),
				Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 1), "GOVERNMENT", Map.of("DISSENT", 1)));

		assertThat(OutcomeRecord.of(true, tally))
			.isEqualTo("Supported by 1 member from 1 stakeholder group; 1 dissent (see annex).");
		assertThat(OutcomeRecord.of(true, new OutcomeTally(Map.of("SUPPORT", 2), Map.of("GOVERNMENT", Map.of("SUPPORT", 2)))))
			.isEqualTo("Supported by 2 members from 1 stakeholder group; no dissent.");
	}

	@Test
	void withoutACommentWindowOrAnyPositionTheRecordSaysSo() {
		assertThat(OutcomeRecord.of(false, null)).isEqualTo("Published without a comment window.");
		assertThat(OutcomeRecord.of(true, new OutcomeTally(Map.of(), Map.of())))
			.isEqualTo("No member took a position during the comment window.");
	}
}
