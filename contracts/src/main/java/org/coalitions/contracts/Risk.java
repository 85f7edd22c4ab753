package org.coalitions.contracts;

/**
 * Why the secretariat should look at a coalition. UNBALANCED: the multistakeholder rule is not met.
 * REPORT_OVERDUE: the headline annual report is past its deadline (as coalition-service published it). QUIET: coalition-service published it as quiet (QuietnessChanged:
 * no activity for 180 days by default).
 * A closed coalition is neither unbalanced nor quiet: it is meant to be still.
 */
public enum Risk {
	UNBALANCED, REPORT_OVERDUE, QUIET
}
