package org.coalitions.contracts;

/** A draft outcome was revised; {@code version} is the new version's number (the first draft is 1). */
public record OutcomeRevised(String coalitionId, String outcomeId, int version, String title)
		implements CoalitionEvent {
}
