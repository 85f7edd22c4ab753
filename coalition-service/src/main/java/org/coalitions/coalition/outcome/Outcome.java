package org.coalitions.coalition.outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coalitions.contracts.OutcomeDocumentAdded;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/** An outcome of a coalition, a draft until a coordinator publishes it; published outcomes are public. */
@Document("outcomes")
public class Outcome extends OutboxAggregate {

	private String coalitionId;

	private OutcomeKind kind;

	private String title;

	private String body;

	private Integer reportingCycle;

	/** coalition:cycle for annual reports (unique: one per cycle), null for other kinds. */
	private String annualReportKey;

	private boolean published;

	private String authorId;

	private Instant createdAt;

	private Instant publishedAt;

	/** Whether members were asked for their positions before publication (a comment window was opened). */
	private boolean commentWindowHeld;

	/** The positions held at publication, fixed with the published text; null without a comment window. */
	private OutcomeTally tally;

	/** The files attached, oldest first; their bytes are in GridFS ({@link OutcomeDocuments}). */
	private List<OutcomeDocument> documents = new ArrayList<>();

	protected Outcome() {
	}

	static Outcome draft(String coalitionId, DraftOutcome draft, String authorId, Instant now) {
		if (draft.kind() == OutcomeKind.ANNUAL_REPORT && draft.reportingCycle() == null) {
			throw RuleViolationException.unprocessable("An annual report needs its reporting cycle (the year it covers).");
		}
		Outcome outcome = new Outcome();
		outcome.id = UUID.randomUUID().toString();
		outcome.coalitionId = coalitionId;
		outcome.kind = draft.kind();
		outcome.reportingCycle = draft.kind() == OutcomeKind.ANNUAL_REPORT ? draft.reportingCycle() : null;
		outcome.annualReportKey = outcome.reportingCycle == null ? null : coalitionId + ":" + outcome.reportingCycle;
		outcome.title = draft.title().strip();
		outcome.body = draft.body() == null ? "" : draft.body().strip();
		outcome.authorId = authorId;
		outcome.createdAt = now;
		return outcome;
	}

	void revise(String title, String body) {
		if (published) {
			throw RuleViolationException.conflict("A published outcome cannot be changed.");
		}
		this.title = title.strip();
		this.body = body == null ? "" : body.strip();
	}

	void publish(String actor, Instant now) {
		if (published) {
			throw RuleViolationException.conflict("This outcome is already published.");
		}
		published = true;
		publishedAt = now;
		record(new OutcomePublished(coalitionId, id, kind.name(), title, reportingCycle, commentWindowHeld, tally), actor,
				now);
	}

	public String getCoalitionId() {
		return coalitionId;
	}

	public OutcomeKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public Integer getReportingCycle() {
		return reportingCycle;
	}

	public boolean isPublished() {
		return published;
	}

	public String getAuthorId() {
		return authorId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public boolean isCommentWindowHeld() {
		return commentWindowHeld;
	}

	public OutcomeTally getTally() {
		return tally;
	}

	/** Files are attached to drafts; a published outcome is immutable, its files included. */
	void attach(OutcomeDocument document, Instant now) {
		if (published) {
			throw RuleViolationException.conflict("A published outcome cannot be changed: files are added to drafts.");
		}
		if (documents.size() >= OutcomeDocument.MAX_PER_OUTCOME) {
			throw RuleViolationException
				.unprocessable("An outcome carries at most " + OutcomeDocument.MAX_PER_OUTCOME + " files.");
		}
		documents.add(document);
		record(new OutcomeDocumentAdded(coalitionId, id, document.id(), document.fileName(), document.contentType(),
				document.size()), document.addedById(), now);
	}

	public List<OutcomeDocument> getDocuments() {
		return documents == null ? List.of() : List.copyOf(documents);
	}

	Optional<OutcomeDocument> document(String documentId) {
		return getDocuments().stream().filter(document -> document.id().equals(documentId)).findFirst();
	}
}
