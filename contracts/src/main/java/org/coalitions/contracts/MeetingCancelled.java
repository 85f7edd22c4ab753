package org.coalitions.contracts;

import java.time.Instant;

/** A coordinator cancelled a meeting; {@code sequence} is its iCalendar SEQUENCE after the cancellation. */
public record MeetingCancelled(String coalitionId, String meetingId, String title, Instant startsAt, String timeZone,
		int sequence) implements CoalitionEvent {
}
