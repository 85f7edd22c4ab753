package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/** A discussion thread; its replies live in its document, so a reply and its event are one write. */
@Document("threads")
public class DiscussionThread extends OutboxAggregate {

	static final int MAX_REPLIES = 2000;

	private String coalitionId;

	private String title;

	private Post opening;

	private List<Post> replies = new ArrayList<>();

	private Instant lastPostAt;

	protected DiscussionThread() {
	}

	static DiscussionThread start(String coalitionId, String title, String body, String authorId, String authorName,
			Instant now) {
		DiscussionThread thread = new DiscussionThread();
		thread.id = UUID.randomUUID().toString();
		thread.coalitionId = coalitionId;
		thread.title = title.strip();
		thread.opening = new Post(UUID.randomUUID().toString(), authorId, authorName, body.strip(), now);
		thread.lastPostAt = now;
		thread.record(new ThreadStarted(coalitionId, thread.id, thread.title, authorId, authorName), authorId, now);
		return thread;
	}

	Post reply(String body, String authorId, String authorName, Instant now) {
		if (replies.size() >= MAX_REPLIES) {
			throw RuleViolationException.unprocessable("This thread is full; please start a new one.");
		}
		Post reply = new Post(UUID.randomUUID().toString(), authorId, authorName, body.strip(), now);
		replies.add(reply);
		lastPostAt = now;
		record(new ReplyPosted(coalitionId, id, reply.postId(), title, authorId, authorName), authorId, now);
		return reply;
	}

	public String getCoalitionId() {
		return coalitionId;
	}

	public String getTitle() {
		return title;
	}

	public Post getOpening() {
		return opening;
	}

	public List<Post> getReplies() {
		return List.copyOf(replies);
	}

	public Instant getLastPostAt() {
		return lastPostAt;
	}

	/** One post: the opening one or a reply. Text is stored as given and escaped wherever it is shown. */
	public record Post(String postId, String authorId, String authorName, String body, Instant postedAt) {
	}
}
