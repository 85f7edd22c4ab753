package org.coalitions.membership.roster;

import java.time.Instant;
import java.util.List;

import org.coalitions.contracts.Role;

/**
 * One person's place in one coalition's roster, as their own data: their role and since when (both null when they
 * only asked to join), and the join requests they made there, each with its message, outcome and the coordinators'
 * answer.
 */
public record PersonInRoster(String coalitionId, Role role, Instant joinedAt, List<Request> joinRequests) {

	public record Request(String requestId, String message, Instant requestedAt, JoinRequestStatus status,
			Instant decidedAt, String decisionMessage) {
	}
}
