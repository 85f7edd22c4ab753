package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A meeting as the API shows it, without the document's version and outbox.
 * @param localStart the start as planned, in {@code timeZone}
 * @param sequence how many times it was changed or cancelled (its iCalendar SEQUENCE)
 */
record MeetingView(String id, String coalitionId, String title, Instant startsAt, LocalDateTime localStart,
		String timeZone, String agenda, String minutes, int sequence, MeetingStatus status) {

	static MeetingView of(Meeting meeting) {
		return new MeetingView(meeting.getId(), meeting.getCoalitionId(), meeting.getTitle(), meeting.getStartsAt(),
				meeting.getLocalStart(), meeting.getTimeZone(), meeting.getAgenda(), meeting.getMinutes(),
				meeting.getSequence(), meeting.getStatus());
	}
}
