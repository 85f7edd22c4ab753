package org.coalitions.coalition.reporting;

/** REPORTED: the cycle's annual report is published. DUE: not yet, deadline ahead. OVERDUE: deadline passed. */
public enum ReportingState {

	REPORTED, DUE, OVERDUE

}
