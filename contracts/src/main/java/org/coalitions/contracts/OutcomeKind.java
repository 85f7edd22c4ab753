package org.coalitions.contracts;

/** What a coalition publishes; events, stored documents and the APIs carry the constant's name. */
public enum OutcomeKind {

	ANNUAL_REPORT, OUTCOME_DOCUMENT, RECOMMENDATION

}
