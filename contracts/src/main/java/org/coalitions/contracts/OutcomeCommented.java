package org.coalitions.contracts;

/**
 * A member commented on a draft outcome open for comment; {@code inReplyTo} is the comment answered (null for a
 * comment on the draft itself).
 */
public record OutcomeCommented(String coalitionId, String outcomeId, String commentId, String inReplyTo,
		String title, String authorId, String authorName) implements CoalitionEvent {
}
