package org.coalitions.contracts;

/**
 * What a coalition publishes. Events, stored documents and the APIs carry the constant's name; the declared order is
 * the order the pages offer them in.
 */
public enum OutcomeKind {

	OUTCOME_DOCUMENT, RECOMMENDATION, ANNUAL_REPORT

}
