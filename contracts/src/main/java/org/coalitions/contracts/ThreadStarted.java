package org.coalitions.contracts;

/** A member opened a discussion thread. */
public record ThreadStarted(String coalitionId, String threadId, String title, String authorId, String authorName)
		implements CoalitionEvent {
}
