package org.coalitions.contracts;

/** A member was promoted to coordinator or stepped down to member ({@code role}: COORDINATOR or MEMBER). */
public record RoleChanged(String coalitionId, String memberId, String role, String changedBy)
		implements CoalitionEvent {
}
