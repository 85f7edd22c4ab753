package org.coalitions.contracts;

/**
 * A member's position on a draft outcome open for comment. Events, stored documents and the APIs carry the
 * constant's name; the declared order is the order the pages and the tally show them in.
 */
public enum Position {

	SUPPORT, SUPPORT_WITH_CONCERNS, ABSTAIN, DISSENT;

	/** Concerns and dissent need a reason: they go into the published outcome's annex. */
	public boolean needsReason() {
		return this == SUPPORT_WITH_CONCERNS || this == DISSENT;
	}
}
