package org.coalitions.notification.threads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.ReceivedEvent;

/**
 * A thread's opening post or a reply, as its event tells it: the event's id (a post's own feed entries and mails
 * are keyed by it), where, who wrote it and when, and the members it mentions.
 */
public record Post(String eventId, String coalitionId, String threadId, String threadTitle, String authorId,
		String authorName, String actorId, Instant at, List<String> mentionedIds, boolean reply) {

	public Post {
		mentionedIds = mentionedIds == null ? List.of() : List.copyOf(mentionedIds);
	}

	/** The post an event carries; empty for every other event. */
	public static Optional<Post> of(ReceivedEvent<?> event) {
		if (event.data() instanceof ThreadStarted started) {
			return Optional.of(new Post(event.id(), started.coalitionId(), started.threadId(), started.title(),
					started.authorId(), started.authorName(), event.actor(), event.time(), started.mentionedIds(),
					false));
		}
		if (event.data() instanceof ReplyPosted reply) {
			return Optional.of(new Post(event.id(), reply.coalitionId(), reply.threadId(), reply.threadTitle(),
					reply.authorId(), reply.authorName(), event.actor(), event.time(), reply.mentionedIds(), true));
		}
		return Optional.empty();
	}
}
