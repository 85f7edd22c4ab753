package org.coalitions.coalition.outcome;

import java.time.Instant;
import java.util.List;

import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.OutcomeTally;

/**
 * An outcome as the API shows it. {@code version} is the current text's number; {@code tally}, {@code annex} and
 * {@code record} are what publication fixed (null, empty and null on drafts: the live tally is {@code GET
 * .../tally}).
 */
record OutcomeView(String id, String coalitionId, OutcomeKind kind, String title, String body, Integer reportingCycle,
		String status, Instant createdAt, Instant publishedAt, int version, WindowView commentWindow,
		boolean commentWindowHeld, OutcomeTally tally, List<AnnexEntry> annex, String record) {

	/** The latest comment window; {@code open} while its time has not passed and the outcome is not published. */
	record WindowView(Instant opensAt, Instant closesAt, boolean open) {
	}

	static OutcomeView of(Outcome outcome, Instant now) {
		CommentWindow window = outcome.getCommentWindow();
		boolean published = outcome.isPublished();
		return new OutcomeView(outcome.getId(), outcome.getCoalitionId(), outcome.getKind(), outcome.getTitle(),
				outcome.getBody(), outcome.getReportingCycle(), published ? "PUBLISHED" : "DRAFT",
				outcome.getCreatedAt(), outcome.getPublishedAt(), outcome.getTextVersion(),
				window == null ? null
						: new WindowView(window.opensAt(), window.closesAt(),
								CommentRound.isOpen(window, published, now)),
				outcome.isCommentWindowHeld(), published ? outcome.getTally() : null,
				published ? outcome.getAnnex() : List.of(),
				!published ? null
						: outcome.getPublishedRecord() != null ? outcome.getPublishedRecord()
								: CommentRound.WITHOUT_WINDOW);
	}
}
