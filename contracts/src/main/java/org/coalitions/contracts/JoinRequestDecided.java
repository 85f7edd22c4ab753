package org.coalitions.contracts;

/** A coordinator approved or rejected a join request, optionally with a message to the requester. */
public record JoinRequestDecided(String coalitionId, String requestId, String memberId, boolean approved,
		String decidedBy, String message) implements CoalitionEvent {
}
