package org.coalitions.coalition.coordination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.coalitions.contracts.MeetingCancelled;
import org.coalitions.contracts.MeetingChanged;
import org.coalitions.contracts.MeetingScheduled;
import org.coalitions.contracts.MinutesAdded;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A meeting: planned in a time zone (kept, so it is shown as planned), with minutes added afterwards. Its rules:
 * <ul>
 * <li>coordinators may change it (title, start, zone, agenda) or cancel it; a cancelled meeting cannot be changed,
 * cancelled again or given minutes, and a meeting with minutes took place, so it cannot be cancelled;</li>
 * <li>every change and the cancellation raise its {@code sequence} by one (iCalendar's SEQUENCE: calendars that
 * hold the meeting take the newer one);</li>
 * <li>minutes come once the meeting has started.</li>
 * </ul>
 */
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

	/** Null on meetings stored before meetings could be cancelled: those are scheduled. */
	private MeetingStatus status;

	private int sequence;

	/** When it was scheduled, changed or cancelled last (null on meetings stored before this was kept). */
	private Instant revisedAt;

	protected Meeting() {
	}

	static Meeting schedule(String coalitionId, ScheduleMeeting request, String actor, Instant now) {
		Meeting meeting = new Meeting();
		meeting.id = UUID.randomUUID().toString();
		meeting.coalitionId = coalitionId;
		meeting.plan(request);
		meeting.scheduledBy = actor;
		meeting.status = MeetingStatus.SCHEDULED;
		meeting.revisedAt = now;
		meeting.record(new MeetingScheduled(coalitionId, meeting.id, meeting.title, meeting.startsAt,
				meeting.timeZone), actor, now);
		return meeting;
	}

	private void plan(ScheduleMeeting request) {
		title = request.title().strip();
		localStart = request.startsAt();
		timeZone = request.timeZone();
		startsAt = request.startsAt().atZone(ZoneId.of(request.timeZone())).toInstant();
		agenda = request.agenda() == null ? "" : request.agenda().strip();
	}

	void change(ScheduleMeeting request, String actor, Instant now) {
		requireNotCancelled("changed");
		plan(request);
		sequence++;
		revisedAt = now;
		record(new MeetingChanged(coalitionId, id, title, startsAt, timeZone, sequence), actor, now);
	}

	void cancel(String actor, Instant now) {
		requireNotCancelled("cancelled again");
		if (minutes != null) {
			throw RuleViolationException.conflict("This meeting has minutes: it took place and cannot be cancelled.");
		}
		status = MeetingStatus.CANCELLED;
		sequence++;
		revisedAt = now;
		record(new MeetingCancelled(coalitionId, id, title, startsAt, timeZone, sequence), actor, now);
	}

	private void requireNotCancelled(String what) {
		if (isCancelled()) {
			throw RuleViolationException.conflict("This meeting was cancelled: it cannot be " + what + ".");
		}
	}

	/** Minutes record what happened, so they can only come once the meeting has started. */
	void addMinutes(String text, String actor, Instant now) {
		requireNotCancelled("given minutes");
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

	public MeetingStatus getStatus() {
		return status == null ? MeetingStatus.SCHEDULED : status;
	}

	public boolean isCancelled() {
		return status == MeetingStatus.CANCELLED;
	}

	public Instant getRevisedAt() {
		return revisedAt;
	}

	public int getSequence() {
		return sequence;
	}
}
