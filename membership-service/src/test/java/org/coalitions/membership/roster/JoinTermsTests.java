package org.coalitions.membership.roster;

import java.time.Instant;

import org.coalitions.contracts.JoinPolicy;
import org.coalitions.membership.directory.CoalitionEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinTermsTests {

	@Test
	void theDirectoryEntryDecidesHowOneJoins() {
		assertThat(terms("OPEN", "PROPOSED")).isEqualTo(new JoinTerms(JoinPolicy.OPEN, false));
		assertThat(terms("OPEN", "INACTIVE")).isEqualTo(new JoinTerms(JoinPolicy.OPEN, false));
		assertThat(terms("MODERATED", "ACTIVE")).isEqualTo(new JoinTerms(JoinPolicy.MODERATED, false));
		assertThat(terms("OPEN", "CLOSED")).isEqualTo(new JoinTerms(JoinPolicy.OPEN, true));
	}

	@Test
	void aDeclinedProposalIsClosedToJoiningLikeAClosedCoalition() {
		assertThat(terms("OPEN", "DECLINED")).isEqualTo(new JoinTerms(JoinPolicy.OPEN, true));
		assertThat(terms("MODERATED", "DECLINED").closed()).isTrue();
	}

	@Test
	void anUnknownPolicyIsModerated() {
		assertThat(terms(null, "ACTIVE").policy()).isEqualTo(JoinPolicy.MODERATED);
		assertThat(terms("INVITE_ONLY", "ACTIVE").policy()).isEqualTo(JoinPolicy.MODERATED);
	}

	private static JoinTerms terms(String policy, String status) {
		return JoinTerms.of(new CoalitionEntry("c1", "C", "SPAM", policy, status, "pat", Instant.EPOCH));
	}
}
