package org.coalitions.contracts;

import java.util.List;

/**
 * A member replied in a discussion thread. {@code mentionedIds}: the members the reply names with {@code @} (ids
 * only; empty when none, and in events written before mentions existed).
 */
public record ReplyPosted(String coalitionId, String threadId, String replyId, String threadTitle, String authorId,
		String authorName, List<String> mentionedIds) implements CoalitionEvent {

	public ReplyPosted {
		mentionedIds = mentionedIds == null ? List.of() : List.copyOf(mentionedIds);
	}

	/** A reply that mentions no one. */
	public ReplyPosted(String coalitionId, String threadId, String replyId, String threadTitle, String authorId,
			String authorName) {
		this(coalitionId, threadId, replyId, threadTitle, authorId, authorName, List.of());
	}
}
