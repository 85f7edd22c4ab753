package org.coalitions.notification.activity;

/**
 * Where the current cycle's annual report stands. REPORTED: published. DUE: not yet, deadline ahead. OVERDUE:
 * deadline passed.
 */
enum ReportingStatus {
	REPORTED, DUE, OVERDUE
}
