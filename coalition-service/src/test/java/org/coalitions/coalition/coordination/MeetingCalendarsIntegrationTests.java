package org.coalitions.coalition.coordination;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.MeetingCancelled;
import org.coalitions.contracts.MeetingChanged;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings in calendars through the API, read back with ical4j's parser: a meeting planned in Pacific/Auckland
 * comes back at the same instant in the same zone with its VTIMEZONE, a change raises its SEQUENCE, a cancellation
 * is STATUS:CANCELLED (and both are published), and a person's calendar needs its signature and holds the meetings
 * of their coalitions only.
 */
@ApiIntegrationTest(value = "coalition-service", properties = "coalitions.calendar.web-base-url=https://coalitions.test/")
class MeetingCalendarsIntegrationTests {

	static final String MAIL_DOMAIN = "@coalitions.example";

	ApiClient api;

	@Autowired
	Rosters rosters;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	final EventProbe published = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS);

	@AfterEach
	void close() {
		events.close();
		published.close();
	}

	@Test
	void aMeetingInAucklandComesBackInItsZoneAndCarriesItsChangesAndCancellation() throws Exception {
		String id = coalition("Coalition on Pacific Calendars", "aroha");
		join(id, "mere", "MEMBER");
		String meeting = api.post("/api/coalitions/" + id + "/meetings", token("aroha"), """
				{"title": "Regional meeting, Pacific", "startsAt": "2031-03-05T18:30:00",
				 "timeZone": "Pacific/Auckland", "agenda": "Connectivity; the island states"}""")
			.assertStatus(201)
			.json()
			.get("id")
			.asString();

		ApiResponse served = api.get("/api/coalitions/" + id + "/meetings/" + meeting + ".ics");
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.contentType()).isEqualToIgnoringCase("text/calendar;charset=utf-8");
		Calendar calendar = parse(served.body());
		VEvent event = onlyEvent(calendar);
		DtStart<?> start = event.getStartDate().orElseThrow();
		assertThat(Instant.from(start.getDate())).isEqualTo(
				ZonedDateTime.of(2031, 3, 5, 18, 30, 0, 0, ZoneId.of("Pacific/Auckland")).toInstant());
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Pacific/Auckland");
		VTimeZone zone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
		assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Pacific/Auckland");
		// the zone as served gives New Zealand's daylight-saving offset on that day
		assertThat(zone.getApplicableObservance(start.getDate()).getProperty("TZOFFSETTO").orElseThrow().getValue())
			.isEqualTo("+1300");
		assertThat(value(event, "UID")).isEqualTo(meeting + "@coalitions");
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "SUMMARY")).isEqualTo("Regional meeting, Pacific");
		assertThat(value(event, "DESCRIPTION")).isEqualTo("Connectivity; the island states");
		assertThat(value(event, "URL")).isEqualTo("https://coalitions.test/#/coalitions/" + id);
		assertThat(value(event, "DURATION")).isEqualTo("PT1H");
		assertThat(event.getProperty("DTSTAMP")).isPresent();

		// a member is not a coordinator: no changes
		api.put("/api/coalitions/" + id + "/meetings/" + meeting, token("mere"), plan("Moved", "2031-03-06T09:00:00"))
			.assertProblem(403);
		api.put("/api/coalitions/" + id + "/meetings/" + meeting, token("aroha"), plan("Moved", "2031-03-06T09:00:00"))
			.assertStatus(200);
		VEvent changed = onlyEvent(parse(api.get("/api/coalitions/" + id + "/meetings/" + meeting + ".ics").body()));
		assertThat(value(changed, "SEQUENCE")).isEqualTo("1");
		assertThat(value(changed, "UID")).as("the same meeting for calendars").isEqualTo(meeting + "@coalitions");
		assertThat(value(changed, "SUMMARY")).isEqualTo("Moved");
		assertThat(Instant.from(changed.getStartDate().orElseThrow().getDate()))
			.isEqualTo(Instant.parse("2031-03-05T20:00:00Z"));

		api.post("/api/coalitions/" + id + "/meetings/" + meeting + "/cancel", token("mere"), null).assertProblem(403);
		assertThat(api.post("/api/coalitions/" + id + "/meetings/" + meeting + "/cancel", token("aroha"), null)
			.assertStatus(200)
			.json()
			.get("status")
			.asString()).isEqualTo("CANCELLED");
		Calendar coalitionCalendar = parse(api.get("/api/coalitions/" + id + "/calendar.ics").assertStatus(200).body());
		VEvent cancelled = onlyEvent(coalitionCalendar);
		assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
		assertThat(coalitionCalendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
			.isEqualTo("Coalition on Pacific Calendars");
		api.put("/api/coalitions/" + id + "/meetings/" + meeting, token("aroha"), plan("Again", "2031-03-07T09:00:00"))
			.assertProblem(409);

		assertThat(published.await(record -> meeting.equals(meetingIdOf(record)), 3, Duration.ofSeconds(30))
			.stream()
			.map(record -> EventProbe.header(record, "ce_type"))
			.toList()).contains(EventCatalog.of(MeetingChanged.class).name(),
					EventCatalog.of(MeetingCancelled.class).name());
	}

	@Test
	void aPersonalCalendarNeedsItsSignatureAndHoldsTheMeetingsOfThePersonsCoalitionsOnly() throws Exception {
		String mine = coalition("Coalition on Personal Calendars", "tane");
		String theirs = coalition("Coalition on Other Calendars", "wiremu");
		join(mine, "hana", "MEMBER");
		String ours = schedule(mine, "tane", "Ours");
		String other = schedule(theirs, "wiremu", "Not hers");

		String url = api.get("/api/people/me/calendar", token("hana")).assertStatus(200).json().get("url").asString();
		assertThat(url).startsWith("https://coalitions.test/api/calendars/hana.ics?signature=");
		URI address = URI.create(url);
		String path = address.getRawPath() + "?" + address.getRawQuery();
		ApiResponse served = api.get(path);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.contentType()).startsWith("text/calendar");
		List<String> uids = parse(served.body()).<VEvent>getComponents("VEVENT")
			.stream()
			.map(event -> value(event, "UID"))
			.toList();
		assertThat(uids).contains(ours + "@coalitions").doesNotContain(other + "@coalitions");

		// someone else's id with hana's signature, a changed signature, none
		api.get(path.replace("/hana.ics", "/wiremu.ics")).assertProblem(403);
		api.get(address.getRawPath() + "?signature=" + address.getRawQuery().substring(11).replace('A', 'B') + "x")
			.assertProblem(403);
		api.get(address.getRawPath()).assertProblem(403);
		api.get("/api/people/me/calendar").assertProblem(401);
	}

	private String coalition(String name, String coordinator) {
		String id = api.post("/api/coalitions", token(coordinator), """
				{"name": "%s", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES", "summary": "Meetings in calendars.",
				 "joinPolicy": "OPEN",
				 "statement": {"rationale": "People use calendars.", "actionPlan": "Meet.",
				               "contactPersons": ["%s"]}}""".formatted(name, coordinator)).assertStatus(201)
			.json()
			.get("id")
			.asString();
		awaitRole(id, coordinator, Role.COORDINATOR);
		return id;
	}

	private void join(String coalitionId, String person, String role) {
		events.publish(new MemberJoined(coalitionId, person, person, "CIVIL_SOCIETY", "NZ", role), person);
		awaitRole(coalitionId, person, Role.valueOf(role));
	}

	private String schedule(String coalitionId, String coordinator, String title) {
		return api.post("/api/coalitions/" + coalitionId + "/meetings", token(coordinator),
				plan(title, "2031-05-01T10:00:00"))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private static String plan(String title, String localStart) {
		return """
				{"title": "%s", "startsAt": "%s", "timeZone": "Pacific/Auckland"}""".formatted(title, localStart);
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> found = calendar.getComponents("VEVENT");
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	private static String meetingIdOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
		return EventCatalog.byName(EventProbe.header(record, "ce_type"))
			.map(type -> EventJson.read(record.value(), type.dataType()))
			.map(data -> data instanceof MeetingChanged changed ? changed.meetingId()
					: data instanceof MeetingCancelled cancelled ? cancelled.meetingId() : null)
			.orElse(null);
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private static String token(String user) {
		return TestTokens.sign(user, user, user + MAIL_DOMAIN, List.of(), Instant.now().plusSeconds(3600));
	}
}
