package org.coalitions.system;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.await;
import static org.coalitions.system.Responses.expect;
import static org.coalitions.system.Responses.id;

/**
 * Meetings in calendars through the web app's front door, as a calendar application meets them: a meeting's .ics
 * and the coalition's calendar need no sign-in and come as text/calendar; a change raises SEQUENCE and a
 * cancellation says STATUS:CANCELLED; a member's private calendar address is absolute on the web app, works
 * without sign-in, and a forged one is refused with a problem.
 */
@ExtendWith(SharedLocalStack.class)
class CalendarsSystemTests {

	final LocalStack stack;

	CalendarsSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void aMeetingReachesCalendarsThroughTheFrontDoorWithItsChangesAndCancellation() throws Exception {
		String alice = stack.token("alice");
		String chen = stack.token("chen");
		String id = propose(alice, "Calendar coalition");
		assertThat(call("POST", "MEMBERSHIP", "/api/coalitions/" + id + "/members", chen, "{}").statusCode())
			.isEqualTo(201);
		String base = "/api/coalitions/" + id;
		String meeting = id(await("alice coordinates it in coalition-service", () -> call("POST", "WEB",
				base + "/meetings", alice, """
						{"title": "Pacific call", "startsAt": "2031-03-05T18:30:00", "timeZone": "Pacific/Auckland",
						 "agenda": "Who joins from the islands"}"""), 201));

		VEvent event = onlyEvent(calendar(call("GET", "WEB", base + "/meetings/" + meeting + ".ics", null, null)));
		DtStart<?> start = event.getStartDate().orElseThrow();
		assertThat(Instant.from(start.getDate()))
			.isEqualTo(ZonedDateTime.of(2031, 3, 5, 18, 30, 0, 0, ZoneId.of("Pacific/Auckland")).toInstant());
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Pacific/Auckland");
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");

		expect(call("PUT", "WEB", base + "/meetings/" + meeting, alice,
				"{\"title\": \"Pacific call, later\", \"startsAt\": \"2031-03-05T20:00:00\", \"timeZone\": \"Pacific/Auckland\"}"),
				200);
		assertThat(value(onlyEvent(calendar(call("GET", "WEB", base + "/meetings/" + meeting + ".ics", null, null))),
				"SEQUENCE")).isEqualTo("1");
		expect(call("POST", "WEB", base + "/meetings/" + meeting + "/cancel", chen, null), 403);
		expect(call("POST", "WEB", base + "/meetings/" + meeting + "/cancel", alice, null), 200);
		VEvent cancelled = onlyEvent(calendar(call("GET", "WEB", base + "/calendar.ics", null, null)));
		assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
		assertThat(value(cancelled, "URL")).isEqualTo(stack.url("WEB", "").replace("127.0.0.1", "localhost")
				+ "/#/coalitions/" + id);

		String address = LocalStack.json(expect(call("GET", "WEB", "/api/people/me/calendar", chen, null), 200).body())
			.get("url")
			.asString();
		URI url = URI.create(address);
		assertThat(url.getPort()).as("on the web app").isEqualTo(URI.create(stack.url("WEB", "/")).getPort());
		String path = url.getRawPath() + "?" + url.getRawQuery();
		// coalition-service learns of chen's joining from membership-service's event
		Ports.await("chen's calendar with the coalition's meeting", Responses.EVENTUALLY,
				() -> call("GET", "WEB", path, null, null).body().contains(meeting + "@coalitions"));
		HttpResponse<String> mine = call("GET", "WEB", path, null, null);
		assertThat(calendar(mine).<VEvent>getComponents("VEVENT")).extracting(found -> value(found, "UID"))
			.contains(meeting + "@coalitions");
		HttpResponse<String> forged = call("GET", "WEB", path.replaceAll("signature=[^&]+", "signature=forged"), null,
				null);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	private static Calendar calendar(HttpResponse<String> answer) throws Exception {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		return new CalendarBuilder().build(new StringReader(answer.body()));
	}

	private static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	private String propose(String token, String name) {
		String id = id(expect(call("POST", "COALITION", "/api/coalitions", token, """
				{"name": "%s %s", "theme": "OTHER", "themeName": "Calendars", "summary": "Meetings in calendars.",
				 "joinPolicy": "OPEN",
				 "statement": {"rationale": "People live by their calendars.", "actionPlan": "Meet.",
				               "contactPersons": ["Alice Example"]}}""".formatted(name,
				UUID.randomUUID().toString().substring(0, 8))), 201));
		await("membership-service's directory entry",
				() -> call("GET", "MEMBERSHIP", "/api/coalitions/" + id + "/membership-info", null, null), 200);
		return id;
	}

	private HttpResponse<String> call(String method, String component, String path, String token, String body) {
		return stack.request(method, stack.url(component, path), token, body, Map.of());
	}
}
