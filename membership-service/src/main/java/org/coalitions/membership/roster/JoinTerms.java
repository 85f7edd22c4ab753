package org.coalitions.membership.roster;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.membership.directory.CoalitionEntry;

/**
 * What the coalition's own state says about joining it: its join policy, and whether it has ended (CLOSED, or
 * DECLINED by the secretariat: both final for joining, as coalition-service's life cycle says).
 */
record JoinTerms(JoinPolicy policy, boolean closed) {

	static JoinTerms of(CoalitionEntry coalition) {
		return new JoinTerms(policy(coalition.joinPolicy()), CoalitionStatus.CLOSED.name().equals(coalition.status())
				|| CoalitionStatus.DECLINED.name().equals(coalition.status()));
	}

	/** An unknown or missing policy is treated as MODERATED: a person decides rather than no one. */
	private static JoinPolicy policy(String name) {
		return JoinPolicy.OPEN.name().equals(name) ? JoinPolicy.OPEN : JoinPolicy.MODERATED;
	}
}
