package org.coalitions.membership.roster;

import java.time.Instant;

import org.coalitions.contracts.StakeholderGroup;


/** Someone's request to join a moderated coalition, and the coordinators' decision on it. */
record JoinRequest(String requestId, String memberId, String displayName, StakeholderGroup stakeholderGroup,
		String country, String message, Instant requestedAt, JoinRequestStatus status, String decidedBy,
		Instant decidedAt, String decisionMessage) {

	static JoinRequest of(String requestId, Applicant applicant, String message, Instant now) {
		return new JoinRequest(requestId, applicant.memberId(), applicant.displayName(), applicant.stakeholderGroup(),
				applicant.country(), message, now, JoinRequestStatus.PENDING, null, null, null);
	}

	JoinRequest decided(boolean approved, String deciderId, String message, Instant now) {
		return new JoinRequest(requestId, memberId, displayName, stakeholderGroup, country, this.message, requestedAt,
				approved ? JoinRequestStatus.APPROVED : JoinRequestStatus.REJECTED, deciderId, now, message);
	}

	boolean pending() {
		return status == JoinRequestStatus.PENDING;
	}

	/** The requester as they were when they asked. */
	Applicant applicant() {
		return new Applicant(memberId, displayName, stakeholderGroup, country);
	}
}
