package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.coalitions.contracts.MeetingScheduled;
import org.coalitions.contracts.MinutesAdded;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/** A meeting: planned in a time zone (kept, so it is shown as planned), with minutes added afterwards. */
@Document("meetings")
public class Meeting extends OutboxAggregate {

	private String coalitionId;

	private String title;

	private Instant startsAt;

	private LocalDateTime localStart;

	private String timeZone;

	private String agenda;

	private String minutes;

	private String scheduledBy;

	protected Meeting() {
	}

	static Meeting schedule(String coalitionId, ScheduleMeeting request, String actor, Instant now) {
		Meeting meeting = new Meeting();
		meeting.id = UUID.randomUUID().toString();
		meeting.coalitionId = coalitionId;
		meeting.title = request.title().strip();
		meeting.localStart = request.startsAt();
		meeting.timeZone = request.timeZone();
		meeting.startsAt = request.startsAt().atZone(ZoneId.of(request.timeZone())).toInstant();
		meeting.agenda = request.agenda() == null ? "" : request.agenda().strip();
		meeting.scheduledBy = actor;
		meeting.record(new MeetingScheduled(coalitionId, meeting.id, meeting.title, meeting.startsAt,
				meeting.timeZone), actor, now);
		return meeting;
	}

	/** Minutes record what happened, so they can only come once the meeting has started. */
	void addMinutes(String text, String actor, Instant now) {
		if (now.isBefore(startsAt)) {
			throw RuleViolationException.unprocessable("Minutes can be added once the meeting has started.");
		}
		minutes = text.strip();
		record(new MinutesAdded(coalitionId, id, title), actor, now);
	}

	public String getCoalitionId() {
		return coalitionId;
	}

	public String getTitle() {
		return title;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public LocalDateTime getLocalStart() {
		return localStart;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public String getAgenda() {
		return agenda;
	}

	public String getMinutes() {
		return minutes;
	}
}
