package org.coalitions.contracts;

/**
 * A coordinator hid a post (the opening one of a thread or a reply) with a reason: its text is no longer shown to
 * members. The author is told; the reason is the coordinator's word to them. {@code postId} is the thread's id for
 * its opening post.
 */
public record PostHidden(String coalitionId, String threadId, String postId, String threadTitle, String authorId,
		String reason) implements CoalitionEvent {
}
