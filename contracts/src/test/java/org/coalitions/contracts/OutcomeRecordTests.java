package org.coalitions.contracts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeRecordTests {

	@Test
	void supportersCountWithTheirConcernsAndTheAnnexIsNamedWhenItHoldsAnything() {
		OutcomeTally tally = new OutcomeTally(Map.of("SUPPORT", 12, "SUPPORT_WITH_CONCERNS", 2, "DISSENT", 2),
				Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 5, "DISSENT", 1), "GOVERNMENT", Map.of("SUPPORT", 3),
						"PRIVATE_SECTOR", Map.of("SUPPORT_WITH_CONCERNS", 2), "TECHNICAL_COMMUNITY",
						Map.of("SUPPORT", 2), "ACADEMIC_COMMUNITY", Map.of("SUPPORT", 2), "UNSPECIFIED",
						Map.of("DISSENT", 1)));

		assertThat(OutcomeRecord.of(true, tally))
			.isEqualTo("Supported by 14 members from 5 stakeholder groups; 2 dissents, 2 with concerns (see annex).");
	}

	@Test
	void aGroupOfOnlyDissentersOrAbstainersAddsNoGroupAndOneIsSingular() {
		OutcomeTally tally = new OutcomeTally(Map.of("SUPPORT", 1, "ABSTAIN", 1, "DISSENT", 1),
				Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 1), "GOVERNMENT", Map.of("ABSTAIN", 1, "DISSENT", 1)));

		assertThat(OutcomeRecord.of(true, tally))
			.isEqualTo("Supported by 1 member from 1 stakeholder group; 1 dissent (see annex).");
		assertThat(OutcomeRecord.of(true, new OutcomeTally(Map.of(), Map.of())))
			.isEqualTo("Supported by 0 members from 0 stakeholder groups.");
	}

	@Test
	void withoutACommentWindowTheRecordSaysSo() {
		assertThat(OutcomeRecord.of(false, null)).isEqualTo("Published without a comment window.");
	}
}
