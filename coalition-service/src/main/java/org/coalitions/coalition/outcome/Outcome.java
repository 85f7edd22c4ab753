package org.coalitions.coalition.outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coalitions.coalition.registry.Coalition;
import org.coalitions.contracts.CommentWindowClosed;
import org.coalitions.contracts.CommentWindowClosingSoon;
import org.coalitions.contracts.CommentWindowOpened;
import org.coalitions.contracts.OutcomeDrafted;
import org.coalitions.contracts.OutcomeDocumentAdded;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.OutcomeRevised;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outcome of a coalition, a draft until a coordinator publishes it; published outcomes are public and immutable.
 * A draft has numbered versions (the first draft is 1; earlier ones are kept as {@link OutcomeVersion}s) and may be
 * opened for comment; publishing fixes the text, the tally, the annex and the record ({@link CommentRound}'s rules).
 */
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

	/** The number of the current text (title and body); 0 in outcomes stored before versions, which read as 1. */
	private int textVersion;

	private String revisedById;

	private String revisedByName;

	private Instant revisedAt;

	/** The latest comment window, null if none was opened. */
	private CommentWindow commentWindow;

	/** Concerns and dissents with their reasons, fixed at publication. */
	private List<AnnexEntry> annex = new ArrayList<>();

	/** The one-line summary of the round, fixed at publication. */
	private String publishedRecord;
	/** The folded words of the published title and text, for the registry's search (see {@link OutcomeRegistry}). */
	private List<String> searchTerms;
	/** The files attached, oldest first; their bytes are in GridFS ({@link OutcomeDocuments}). */
	private List<OutcomeDocument> documents = new ArrayList<>();

	protected Outcome() {
	}

	static Outcome draft(String coalitionId, DraftOutcome draft, String authorId, String authorName, Instant now) {
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
		outcome.textVersion = 1;
		outcome.revisedById = authorId;
		outcome.revisedByName = authorName;
		outcome.revisedAt = now;
		outcome.record(new OutcomeDrafted(coalitionId, outcome.id, outcome.kind.name(), outcome.title), authorId, now);
		return outcome;
	}

	/** The current text as a version, as it is to be kept once a revision replaces it. */
	OutcomeVersion currentVersion() {
		return new OutcomeVersion(OutcomeVersion.idOf(id, getTextVersion()), id, getTextVersion(), title, body,
				getRevisedById(), revisedByName, getRevisedAt());
	}

	void revise(String title, String body, String actor, String actorName, Instant now) {
		if (published) {
			throw RuleViolationException.conflict("A published outcome cannot be changed.");
		}
		this.title = title.strip();
		this.body = body == null ? "" : body.strip();
		textVersion = getTextVersion() + 1;
		revisedById = actor;
		revisedByName = actorName;
		revisedAt = now;
		record(new OutcomeRevised(coalitionId, id, textVersion, this.title), actor, now);
	}

	void openCommentWindow(Instant closesAt, String actor, Instant now) {
		commentWindow = CommentRound.open(published, commentWindow, closesAt, now);
		commentWindowHeld = true;
		record(new CommentWindowOpened(coalitionId, id, title, commentWindow.closesAt()), actor, now);
	}

	/**
	 * The reminder or the closing that is due now, recorded once (the saved flag or closing time says it was); false
	 * when nothing is due.
	 */
	boolean remindOrClose(Instant now) {
		if (CommentRound.reminderDue(commentWindow, published, now)) {
			commentWindow = commentWindow.reminded();
			record(new CommentWindowClosingSoon(coalitionId, id, title, commentWindow.closesAt()), null, now);
			return true;
		}
		if (CommentRound.expired(commentWindow, published, now)) {
			commentWindow = commentWindow.closed(commentWindow.closesAt(), CommentWindow.EXPIRED);
			record(new CommentWindowClosed(coalitionId, id, title, CommentWindow.EXPIRED), null, now);
			return true;
		}
		return false;
	}

	/**
	 * Publishes the current text with the positions held now (those of current members): closes an open window,
	 * fixes tally, annex and record, all in this one write.
	 */
	void publish(List<MemberPosition> positions, String actor, Instant now) {
		if (published) {
			throw RuleViolationException.conflict("This outcome is already published.");
		}
		if (commentWindow != null && !commentWindow.closedByEvent()) {
			// a window whose time passed before the sweep noticed closed then; an open one closes now
			boolean open = CommentRound.isOpen(commentWindow, false, now);
			commentWindow = commentWindow.closed(open ? now : commentWindow.closesAt(),
					open ? CommentWindow.PUBLISHED : CommentWindow.EXPIRED);
			record(new CommentWindowClosed(coalitionId, id, title, commentWindow.closedReason()), actor, now);
		}
		tally = commentWindowHeld ? CommentRound.tally(positions) : null;
		annex = commentWindowHeld ? CommentRound.annex(positions) : List.of();
		publishedRecord = CommentRound.record(commentWindowHeld, tally);
		published = true;
		publishedAt = now;
		searchTerms = searchTermsOf(title, body);
		record(new OutcomePublished(coalitionId, id, kind.name(), title, reportingCycle, commentWindowHeld, tally), actor,
				now);
	}

	static List<String> searchTermsOf(String title, String body) {
		return Coalition.terms(title + " " + body);
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

	public int getTextVersion() {
		return Math.max(1, textVersion);
	}

	public String getRevisedById() {
		return revisedById == null ? authorId : revisedById;
	}

	public String getRevisedByName() {
		return revisedByName;
	}

	public Instant getRevisedAt() {
		return revisedAt == null ? createdAt : revisedAt;
	}

	public CommentWindow getCommentWindow() {
		return commentWindow;
	}

	public List<AnnexEntry> getAnnex() {
		return annex == null ? List.of() : List.copyOf(annex);
	}

	public String getPublishedRecord() {
		return publishedRecord;
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
