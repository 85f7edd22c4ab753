package org.coalitions.contracts;

/** The proposers sent their revised proposal back to the secretariat's review queue. */
public record ProposalResubmitted(String coalitionId, int statementVersion) implements CoalitionEvent {
}
