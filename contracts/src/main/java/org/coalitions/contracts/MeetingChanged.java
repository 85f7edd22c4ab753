package org.coalitions.contracts;

import java.time.Instant;

/** A coordinator changed a meeting; {@code sequence} is its iCalendar SEQUENCE after the change. */
public record MeetingChanged(String coalitionId, String meetingId, String title, Instant startsAt, String timeZone,
		int sequence) implements CoalitionEvent {
}
