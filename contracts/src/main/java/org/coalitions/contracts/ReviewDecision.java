package org.coalitions.contracts;

/** What the secretariat decided on a proposal: approve it, ask for changes (with a message), decline it (final). */
public enum ReviewDecision {

	APPROVED, CHANGES_REQUESTED, DECLINED

}
