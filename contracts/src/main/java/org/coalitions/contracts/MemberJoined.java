package org.coalitions.contracts;

/**
 * Someone became a member, at once (open coalition), by an approved request (moderated), or as the proposer
 * (role COORDINATOR). Stakeholder group and country are the member's at that moment.
 */
public record MemberJoined(String coalitionId, String memberId, String displayName, String stakeholderGroup,
		String country, String role) implements CoalitionEvent {
}
