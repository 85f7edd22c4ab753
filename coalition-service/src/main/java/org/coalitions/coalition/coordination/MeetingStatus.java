package org.coalitions.coalition.coordination;

/** Whether a meeting is to take place; cancelled meetings stay, so calendars can show the cancellation. */
public enum MeetingStatus {
	SCHEDULED, CANCELLED
}
