package org.coalitions.membership.roster;

/** A member takes part; a coordinator also accepts members, changes roles and steers the coalition. */
public enum Role {

	MEMBER, COORDINATOR

}
