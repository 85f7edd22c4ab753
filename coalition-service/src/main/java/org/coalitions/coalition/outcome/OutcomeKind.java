package org.coalitions.coalition.outcome;

public enum OutcomeKind {

	ANNUAL_REPORT, OUTCOME_DOCUMENT, RECOMMENDATION

}
