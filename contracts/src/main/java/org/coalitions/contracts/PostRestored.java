package org.coalitions.contracts;

/** A coordinator showed a hidden post again. */
public record PostRestored(String coalitionId, String threadId, String postId, String threadTitle, String authorId)
		implements CoalitionEvent {
}
