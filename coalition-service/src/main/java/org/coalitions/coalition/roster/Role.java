package org.coalitions.coalition.roster;

public enum Role {

	MEMBER, COORDINATOR

}
