package org.coalitions.membership.roster;

/** OPEN: anyone joins at once. MODERATED: a coordinator decides each join request. */
enum JoinPolicy {

	OPEN, MODERATED;

	/** An unknown or missing policy is treated as MODERATED: a person decides rather than no one. */
	static JoinPolicy of(String name) {
		return OPEN.name().equals(name) ? OPEN : MODERATED;
	}
}
