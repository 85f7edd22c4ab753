package org.coalitions.contracts;

/**
 * An outcome became public: an annual activity report (for {@code reportingCycle}, a year), an outcome
 * document or a recommendation.
 */
public record OutcomePublished(String coalitionId, String outcomeId, String kind, String title,
		Integer reportingCycle) implements CoalitionEvent {
}
