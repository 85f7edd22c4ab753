package org.coalitions.coalition.coordination;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545), written with ical4j: each meeting one {@code VEVENT} in the zone it was planned
 * in ({@code DTSTART;TZID=…} with that zone's {@code VTIMEZONE}, so calendars show it right across daylight-saving
 * changes), with a UID that stays the meeting's, its {@code SEQUENCE} (raised by every change, so calendars take
 * the newer version) and {@code STATUS:CANCELLED} once cancelled. Cancelled meetings stay in the calendars: a
 * subscribed calendar removes them only when told.
 */
@Component
class MeetingCalendars {

	/** Meetings have no end of their own: calendars show them as this long. */
	static final Duration LENGTH = Duration.ofHours(1);

	static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

	private final CalendarProperties properties;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	MeetingCalendars(CalendarProperties properties) {
		this.properties = properties;
	}

	/** One meeting, for "add to calendar". */
	String meeting(Meeting meeting, Instant now) {
		return calendar(null, List.of(meeting), now);
	}

	/**
	 * A calendar of meetings to subscribe to.
	 * @param name what calendar applications call it (null: none)
	 */
	String calendar(String name, Collection<Meeting> meetings, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Coalitions//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
		}
		Map<String, TimeZone> known = new LinkedHashMap<>();
		for (Meeting meeting : meetings) {
			TimeZone zone = zones.getTimeZone(meeting.getTimeZone());
			if (zone != null) {
				known.putIfAbsent(meeting.getTimeZone(), zone);
			}
		}
		// each zone once, before the events that name it
		known.values().forEach(zone -> calendar.add(zone.getVTimeZone()));
		meetings.forEach(meeting -> calendar.add(event(meeting, known.containsKey(meeting.getTimeZone()), now)));
		StringWriter out = new StringWriter();
		try {
			// not validated: a zone ical4j knows is valid, and a failed check must not hide every other meeting
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** @param zoneKnown whether ical4j has the zone's definition; a zone it lacks is written as UTC, still right */
	private VEvent event(Meeting meeting, boolean zoneKnown, Instant now) {
		Temporal start = zoneKnown ? meeting.getLocalStart().atZone(ZoneId.of(meeting.getTimeZone()))
				: meeting.getStartsAt();
		VEvent event = new VEvent(start, LENGTH, meeting.getTitle());
		event.add(new Uid(meeting.getId() + "@coalitions"));
		event.add(new Sequence(meeting.getSequence()));
		// when the meeting was last revised (RFC 5545 for calendars without METHOD); before that was kept: now
		event.replace(new DtStamp(meeting.getRevisedAt() == null ? now : meeting.getRevisedAt()));
		event.add(meeting.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		if (meeting.getAgenda() != null && !meeting.getAgenda().isBlank()) {
			event.add(new Description(meeting.getAgenda()));
		}
		event.add(new Url(URI.create(properties.link("/#/coalitions/" + meeting.getCoalitionId()))));
		return event;
	}
}
