package org.coalitions.coalition.outcome;

import java.time.Instant;
import java.util.UUID;

import org.coalitions.contracts.OutcomeCommented;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A comment on a draft outcome, or an answer to one: a document of its own, written once, so that a busy round
 * neither grows the outcome's document nor makes members' comments conflict with each other or with revisions.
 */
@Document(OutcomeComment.COLLECTION)
public class OutcomeComment extends OutboxAggregate {

	static final String COLLECTION = "outcome_comments";

	private String coalitionId;

	private String outcomeId;

	private String authorId;

	private String authorName;

	private String text;

	private String quote;

	private String inReplyTo;

	private Instant createdAt;

	protected OutcomeComment() {
	}

	static OutcomeComment write(Outcome outcome, String text, String quote, String inReplyTo, String authorId,
			String authorName, Instant now) {
		OutcomeComment comment = new OutcomeComment();
		comment.id = UUID.randomUUID().toString();
		comment.coalitionId = outcome.getCoalitionId();
		comment.outcomeId = outcome.getId();
		comment.authorId = authorId;
		comment.authorName = authorName;
		comment.text = text.strip();
		comment.quote = quote == null || quote.isBlank() ? null : quote.strip();
		comment.inReplyTo = inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo;
		comment.createdAt = now;
		comment.record(new OutcomeCommented(comment.coalitionId, comment.outcomeId, comment.id, comment.inReplyTo,
				outcome.getTitle(), authorId, authorName), authorId, now);
		return comment;
	}

	public String getCoalitionId() {
		return coalitionId;
	}

	public String getOutcomeId() {
		return outcomeId;
	}

	public String getAuthorId() {
		return authorId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getText() {
		return text;
	}

	public String getQuote() {
		return quote;
	}

	public String getInReplyTo() {
		return inReplyTo;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
