package org.coalitions.coalition.registry;

/** OPEN: anyone joins at once. MODERATED: a coordinator decides each join request. */
public enum JoinPolicy {

	OPEN, MODERATED

}
