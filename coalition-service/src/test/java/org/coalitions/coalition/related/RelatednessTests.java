package org.coalitions.coalition.related;

import java.util.List;

import org.coalitions.coalition.related.Relatedness.Reason;
import org.coalitions.coalition.related.Relatedness.Relation;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.CoordinationGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking's rules, one test each, at their edges. */
class RelatednessTests {

	static final List<String> TERMS = List.of("spam", "filter", "blocklist", "mail", "provider", "phishing");

	@Test
	void textAloneRelatesFromTheThreshold() {
		assertThat(Relatedness.assess(0.17, TERMS, 0, 0, false)).isEmpty();
		Relation related = Relatedness.assess(0.2, TERMS, 0, 0, false).orElseThrow();
		assertThat(related.score()).isEqualTo(0.11);
		assertThat(related.reasons()).containsExactly(Reason.similarText(TERMS.subList(0, Relatedness.MAX_TERMS)));
	}

	@Test
	void theSameThemeAloneNeverRelatesButAddsToTheScore() {
		assertThat(Relatedness.assess(0, List.of(), 0, 5, true)).isEmpty();
		assertThat(Relatedness.assess(0.17, TERMS, 0, 0, true)).isEmpty();
		assertThat(Relatedness.assess(0.2, TERMS, 0, 0, true).orElseThrow().score()).isEqualTo(0.21);
	}

	@Test
	void membersCountFromTwoInBothAsAShareOfTheSmallerCoalition() {
		assertThat(Relatedness.assess(0, List.of(), 1, 1, false)).as("one person, even a whole coalition of one")
			.isEmpty();
		assertThat(Relatedness.assess(0, List.of(), 2, 10, false)).as("two of ten").isEmpty();
		Relation related = Relatedness.assess(0, List.of(), 2, 6, false).orElseThrow();
		assertThat(related.score()).isEqualTo(0.117);
		assertThat(related.reasons()).containsExactly(Reason.sharedMembers(2));
	}

	@Test
	void thinTextInCommonAddsToTheScoreWithoutBeingNamed() {
		Relation related = Relatedness.assess(0.1, TERMS, 3, 3, true).orElseThrow();
		assertThat(related.reasons()).containsExactly(Reason.sharedMembers(3), Reason.sameTheme());
		assertThat(related.score()).isEqualTo(0.505);
	}

	@Test
	void declinedProposalsAndTheCoordinationGroupAreNotCompared() {
		assertThat(Relatedness.compared("some-id", CoalitionStatus.ACTIVE)).isTrue();
		assertThat(Relatedness.compared("some-id", CoalitionStatus.CLOSED)).isTrue();
		assertThat(Relatedness.compared("some-id", CoalitionStatus.DECLINED)).isFalse();
		assertThat(Relatedness.compared(CoordinationGroup.ID, CoalitionStatus.ACTIVE)).isFalse();
	}
}
