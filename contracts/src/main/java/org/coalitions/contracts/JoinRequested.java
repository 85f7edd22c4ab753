package org.coalitions.contracts;

/** Someone asked to join a moderated coalition; its coordinators decide. */
public record JoinRequested(String coalitionId, String requestId, String memberId, String displayName,
		String stakeholderGroup, String country, String message) implements CoalitionEvent {
}
