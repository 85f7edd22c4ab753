package org.coalitions.membership.roster;

import java.time.Instant;
import org.coalitions.contracts.Role;

/** One membership, as its commands answer. */
record MembershipView(String coalitionId, String memberId, Role role, Instant joinedAt) {

	static MembershipView of(String coalitionId, Membership membership) {
		return new MembershipView(coalitionId, membership.memberId(), membership.role(), membership.joinedAt());
	}
}
