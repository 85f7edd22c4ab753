package org.coalitions.contracts;

/**
 * A comment window closed: {@code reason} is {@code EXPIRED} (its time passed) or {@code PUBLISHED} (the outcome
 * was published, which closes it).
 */
public record CommentWindowClosed(String coalitionId, String outcomeId, String title, String reason)
		implements CoalitionEvent {
}
