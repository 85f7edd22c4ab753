package org.coalitions.contracts;

/**
 * A coordinator revised the coalition's formation statement (rationale, action plan, contact persons, mailing
 * list); {@code statementVersion} is the new version. Every version stays readable in coalition-service.
 */
public record StatementRevised(String coalitionId, int statementVersion) implements CoalitionEvent {
}
