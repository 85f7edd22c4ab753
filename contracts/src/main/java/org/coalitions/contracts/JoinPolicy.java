package org.coalitions.contracts;

/**
 * How a coalition takes members. OPEN: anyone joins at once. MODERATED: a coordinator decides each join request.
 * Events, stored documents and the APIs carry the constant's name.
 */
public enum JoinPolicy {

	OPEN, MODERATED

}
