package org.coalitions.contracts;

import java.util.List;

/**
 * A member opened a discussion thread. {@code mentionedIds}: the members its opening post names with {@code @}
 * (ids only; empty when none, and in events written before mentions existed).
 */
public record ThreadStarted(String coalitionId, String threadId, String title, String authorId, String authorName,
		List<String> mentionedIds) implements CoalitionEvent {

	public ThreadStarted {
		mentionedIds = mentionedIds == null ? List.of() : List.copyOf(mentionedIds);
	}

	/** A thread whose opening post mentions no one. */
	public ThreadStarted(String coalitionId, String threadId, String title, String authorId, String authorName) {
		this(coalitionId, threadId, title, authorId, authorName, List.of());
	}
}
