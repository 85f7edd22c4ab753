package org.coalitions.membership.roster;

public enum JoinRequestStatus {

	PENDING, APPROVED, REJECTED

}
