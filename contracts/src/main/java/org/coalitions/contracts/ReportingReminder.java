package org.coalitions.contracts;

/**
 * The reminders coordinators get about an annual report: 30 and 7 days before its deadline, and on the day it
 * becomes overdue. Each is published at most once per coalition and reporting cycle.
 */
public enum ReportingReminder {

	DUE_IN_30_DAYS, DUE_IN_7_DAYS, OVERDUE

}
