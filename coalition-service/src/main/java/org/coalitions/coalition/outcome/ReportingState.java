package org.coalitions.coalition.outcome;

/** REPORTED: the cycle's annual report is published. DUE: not yet, deadline ahead. OVERDUE: deadline passed. */
public enum ReportingState {

	REPORTED, DUE, OVERDUE

}
