package org.coalitions.contracts;

/**
 * A member recorded (or changed) their position on a draft outcome open for comment: {@code position} is a
 * {@link Position}'s name, {@code stakeholderGroup} the member's group when they took it (null if none). The reason
 * stays in coalition-service; the member is the event's actor.
 */
public record PositionRecorded(String coalitionId, String outcomeId, String position, String stakeholderGroup,
		boolean changed) implements CoalitionEvent {
}
