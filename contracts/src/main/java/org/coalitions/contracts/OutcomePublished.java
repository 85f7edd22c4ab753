package org.coalitions.contracts;

/**
 * An outcome became public: an annual activity report (for {@code reportingCycle}, a year), an outcome
 * document or a recommendation. {@code commentWindowHeld} says whether members were asked for their positions
 * first; {@code tally} is then the positions held at publication (null without a comment window, and in events
 * published before outcomes had comment windows).
 */
public record OutcomePublished(String coalitionId, String outcomeId, String kind, String title,
		Integer reportingCycle, boolean commentWindowHeld, OutcomeTally tally) implements CoalitionEvent {

	/** An outcome published without a comment window. */
	public OutcomePublished(String coalitionId, String outcomeId, String kind, String title, Integer reportingCycle) {
		this(coalitionId, outcomeId, kind, title, reportingCycle, false, null);
	}
}
