package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A meeting as the API shows it, without the document's version and outbox.
 * @param localStart the start as planned, in {@code timeZone}
 */
record MeetingView(String id, String coalitionId, String title, Instant startsAt, LocalDateTime localStart,
		String timeZone, String agenda, String minutes) {

	static MeetingView of(Meeting meeting) {
		return new MeetingView(meeting.getId(), meeting.getCoalitionId(), meeting.getTitle(), meeting.getStartsAt(),
				meeting.getLocalStart(), meeting.getTimeZone(), meeting.getAgenda(), meeting.getMinutes());
	}
}
