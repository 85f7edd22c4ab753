package org.coalitions.membership.roster;

import java.time.Instant;

import org.coalitions.contracts.StakeholderGroup;


/** A join request and its decision as the API shows them, apart from how the roster stores them. */
record JoinRequestView(String requestId, String memberId, String displayName, StakeholderGroup stakeholderGroup,
		String country, String message, Instant requestedAt, JoinRequestStatus status, String decidedBy,
		Instant decidedAt, String decisionMessage) {

	static JoinRequestView of(JoinRequest request) {
		return new JoinRequestView(request.requestId(), request.memberId(), request.displayName(),
				request.stakeholderGroup(), request.country(), request.message(), request.requestedAt(),
				request.status(), request.decidedBy(), request.decidedAt(), request.decisionMessage());
	}
}
