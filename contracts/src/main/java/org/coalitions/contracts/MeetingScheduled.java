package org.coalitions.contracts;

import java.time.Instant;

/** A meeting was scheduled; {@code timeZone} is the IANA zone it was planned in. */
public record MeetingScheduled(String coalitionId, String meetingId, String title, Instant startsAt, String timeZone)
		implements CoalitionEvent {
}
