package org.coalitions.membership.roster;

import org.coalitions.membership.directory.CoalitionEntry;

/** What the coalition's own state says about joining it: its join policy, and whether it is closed. */
record JoinTerms(JoinPolicy policy, boolean closed) {

	static JoinTerms of(CoalitionEntry coalition) {
		return new JoinTerms(JoinPolicy.of(coalition.joinPolicy()), "CLOSED".equals(coalition.status()));
	}
}
