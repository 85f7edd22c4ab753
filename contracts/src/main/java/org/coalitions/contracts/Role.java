package org.coalitions.contracts;

/**
 * A member's role in a coalition. A member takes part; a coordinator also accepts members, changes roles and
 * steers the coalition. Events, stored documents and the APIs carry the constant's name.
 */
public enum Role {

	MEMBER, COORDINATOR

}
