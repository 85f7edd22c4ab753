package org.coalitions.coalition.outcome;

import java.util.Map;

import org.coalitions.contracts.OutcomeTally;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedRecordTests {

	@Test
	void withoutACommentWindowTheRecordSaysSo() {
		assertThat(PublishedRecord.of(false, null)).isEqualTo("Published without a comment window.");
	}

	@Test
	void supportersCountWithTheirConcernsAndGroupsWithASupporterCount() {
		OutcomeTally tally = new OutcomeTally(Map.of("SUPPORT", 13, "SUPPORT_WITH_CONCERNS", 1, "DISSENT", 2),
				Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 5), "GOVERNMENT", Map.of("SUPPORT", 4), "PRIVATE_SECTOR",
						Map.of("SUPPORT", 2, "DISSENT", 1), "ACADEMIA", Map.of("SUPPORT", 1),
						"TECHNICAL_COMMUNITY", Map.of("SUPPORT_WITH_CONCERNS", 1), "INTERGOVERNMENTAL",
						Map.of("DISSENT", 1), "UNSPECIFIED", Map.of("SUPPORT", 1)));
		assertThat(PublishedRecord.of(true, tally))
			.isEqualTo("Supported by 14 members from 5 stakeholder groups (1 with concerns); 2 dissents (see annex).");
	}

	@Test
	void abstentionsAreCountedAndOneOfAKindIsSingular() {
		OutcomeTally tally = new OutcomeTally(Map.of("SUPPORT", 1, "ABSTAIN", 1),
				Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 1, "ABSTAIN", 1)));
		assertThat(PublishedRecord.of(true, tally)).isEqualTo("Supported by 1 member from 1 stakeholder group; 1 abstention.");
	}

	@Test
	void aWindowWithoutPositionsOrWithoutSupportersSaysWhatHappened() {
		assertThat(PublishedRecord.of(true, new OutcomeTally(Map.of(), Map.of())))
			.isEqualTo("No member took a position in the comment window.");
		assertThat(PublishedRecord.of(true, new OutcomeTally(Map.of("DISSENT", 3), Map.of("GOVERNMENT", Map.of("DISSENT", 3)))))
			.isEqualTo("Supported by no member; 3 dissents (see annex).");
	}
}
