package org.coalitions.contracts;

/** A member started a draft outcome ({@code kind}: an {@link OutcomeKind}'s name). */
public record OutcomeDrafted(String coalitionId, String outcomeId, String kind, String title) implements CoalitionEvent {
}
