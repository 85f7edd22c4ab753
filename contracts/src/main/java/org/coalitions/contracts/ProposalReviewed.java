package org.coalitions.contracts;

/**
 * The secretariat reviewed a proposal: {@code decision} is a {@link ReviewDecision} name; {@code message} says
 * what to change (CHANGES_REQUESTED) or why it was declined (DECLINED), and may be null for an approval.
 * {@code statementVersion} is the version of the statement that was reviewed.
 */
public record ProposalReviewed(String coalitionId, String decision, String message, int statementVersion)
		implements CoalitionEvent {
}
