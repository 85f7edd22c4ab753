package org.coalitions.contracts;

/** A member replied in a discussion thread. */
public record ReplyPosted(String coalitionId, String threadId, String replyId, String threadTitle, String authorId,
		String authorName) implements CoalitionEvent {
}
