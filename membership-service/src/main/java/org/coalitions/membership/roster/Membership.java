package org.coalitions.membership.roster;

import java.time.Instant;

import org.coalitions.contracts.Role;
import org.coalitions.contracts.StakeholderGroup;

/**
 * One person's membership of one coalition. Name, group and country are copies from the profile, kept in step
 * with it, so that the balance is counted from the roster document alone.
 */
record Membership(String memberId, Role role, Instant joinedAt, String displayName,
		StakeholderGroup stakeholderGroup, String country) {

	static Membership of(Applicant applicant, Role role, Instant joinedAt) {
		return new Membership(applicant.memberId(), role, joinedAt, applicant.displayName(),
				applicant.stakeholderGroup(), applicant.country());
	}

	Membership withRole(Role newRole) {
		return new Membership(memberId, newRole, joinedAt, displayName, stakeholderGroup, country);
	}

	Membership copying(Applicant applicant) {
		return new Membership(memberId, role, joinedAt, applicant.displayName(), applicant.stakeholderGroup(),
				applicant.country());
	}

	boolean coordinator() {
		return role == Role.COORDINATOR;
	}
}
