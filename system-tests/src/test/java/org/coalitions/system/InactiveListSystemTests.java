package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.body;

/**
 * The forum's inactive list on the real stack, with coalitions that have a past: proposed, balanced and approved in
 * an earlier year (each command dated with {@code Coalitions-Occurred-At}, which the local stack honours), the
 * report of one cycle filed in time, the report of a later cycle whose deadline has passed never filed. The
 * life-cycle check (run now by the secretariat, {@code POST /api/lifecycle/check}) moves such a coalition to
 * INACTIVE; filing that report brings it back to ACTIVE, and the next check leaves it there. The rule knows no
 * season: a report filed in the first months of a year, before that year's deadline, is judged as of its date,
 * and a missed report of two years before is still overdue then.
 */
@ExtendWith(SharedLocalStack.class)
class InactiveListSystemTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	/** coalition-service's default {@code coalitions.reporting.deadline}, which the local stack keeps. */
	private static final MonthDay DEADLINE = MonthDay.of(3, 31);

	private static final String OCCURRED_AT = "Coalitions-Occurred-At";

	private final LocalStack stack;

	InactiveListSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void anOverdueReportPutsACoalitionOnTheInactiveListAndFilingItTakesItOff() {
		int missed = latestCyclePastItsDeadline();
		int founded = missed - 1;
		String id = activeCoalitionFoundedIn(founded, "Report in %d; forget to report in %d.".formatted(founded, missed));
		fileAnnualReport(id, founded, at(missed, 2, 20));
		// recent activity, so that only the missing report can put it on the inactive list
		body(call("POST", "COALITION", "/api/coalitions/" + id + "/threads", "chen",
				"{\"title\": \"Our report\", \"body\": \"Who writes it this year?\"}", null), 201);

		runTheLifeCycleCheck();

		awaitStatus(id, "INACTIVE");
		assertHeadline(id, missed, "OVERDUE");
		assertThat(listed("INACTIVE")).as("on the forum's inactive list").contains(id);
		assertThat(listed("ACTIVE")).doesNotContain(id);

		fileAnnualReport(id, missed, null);

		awaitStatus(id, "ACTIVE");
		runTheLifeCycleCheck();
		assertThat(status(id)).as("the next check leaves it active").isEqualTo("ACTIVE");
		assertThat(listed("ACTIVE")).contains(id);
		assertThat(listed("INACTIVE")).doesNotContain(id);
	}

	@Test
	void inTheFirstMonthsOfAYearAReportMissedTheYearBeforeIsStillOverdue() {
		int latest = latestCyclePastItsDeadline();
		int missed = latest - 1;
		int founded = missed - 1;
		String id = activeCoalitionFoundedIn(founded, "Report in %d; forget %d.".formatted(founded, missed));
		fileAnnualReport(id, founded, at(missed, 2, 20));

		// February of the year after `latest`, before its report's deadline: `missed`'s report, due the March before,
		// is still the one asked for, so filing the next one early does not hide it
		fileAnnualReport(id, latest, at(latest + 1, 2, 15));
		awaitStatus(id, "INACTIVE");
		assertHeadline(id, missed, "OVERDUE");

		fileAnnualReport(id, missed, at(latest + 1, 2, 20));
		awaitStatus(id, "ACTIVE");
		assertHeadline(id, latest, "REPORTED");

		runTheLifeCycleCheck();
		assertThat(status(id)).as("today nothing is overdue either").isEqualTo("ACTIVE");
		assertHeadline(id, latest + 1, "DUE");
	}

	@Test
	void aCommandDatedInTheFutureIsRefusedWithAProblem() {
		HttpResponse<String> refused = call("POST", "COALITION", "/api/coalitions", "dana",
				"{\"name\": \"From the future\", \"theme\": \"OTHER\", \"summary\": \"Not yet.\", \"joinPolicy\": \"OPEN\"}",
				Instant.now().plus(Duration.ofDays(2)).toString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	/** The newest reporting cycle whose deadline has passed today. */
	private static int latestCyclePastItsDeadline() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return today.isAfter(DEADLINE.atYear(today.getYear())) ? today.getYear() - 1 : today.getYear() - 2;
	}

	/**
	 * A coalition proposed on 10 February of {@code founded} through the web app's front door (which takes the date
	 * to the service), joined by two more stakeholder groups and approved in March: ACTIVE.
	 */
	private String activeCoalitionFoundedIn(int founded, String actionPlan) {
		for (String user : List.of("dana", "bruno", "chen", "sam")) {
			body(call("GET", "MEMBERSHIP", "/api/me", user, null, null), 200); // profiles from the tokens
		}
		String name = "Inactive list " + UUID.randomUUID().toString().substring(0, 8);
		String id = body(call("POST", "WEB", "/api/coalitions", "dana", """
				{"name": "%s", "theme": "OTHER", "themeName": "Reporting",
				 "summary": "A coalition that reported once, then fell silent on paper.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Someone must test the inactive list.",
				   "actionPlan": "%s", "contactPersons": ["Dana"]}}
				""".formatted(name, actionPlan), at(founded, 2, 10)), 201).get("id").asString();
		JsonNode proposed = body(call("GET", "COALITION", "/api/coalitions/" + id, null, null, null), 200);
		assertThat(proposed.path("proposedAt").asString()).as("proposed when the header said")
			.startsWith(founded + "-02-10");
		Ports.await(name + " in membership-service", WAIT, () -> call("GET", "MEMBERSHIP",
				"/api/coalitions/" + id + "/membership-info", null, null, null).statusCode() == 200);
		for (String member : List.of("bruno", "chen")) {
			body(call("POST", "MEMBERSHIP", "/api/coalitions/" + id + "/members", member, "{}",
					at(founded, 3, 1)), 201);
		}
		HttpResponse<String> approved = call("POST", "COALITION", "/api/coalitions/" + id + "/review", "sam",
				"{\"decision\": \"APPROVED\", \"message\": \"Welcome to the forum.\"}", at(founded, 3, 15));
		assertThat(approved.statusCode()).as("the secretariat's review (POST /review): " + approved.body())
			.isBetween(200, 299);
		awaitStatus(id, "ACTIVE");
		return id;
	}

	private void assertHeadline(String id, int cycle, String state) {
		JsonNode headline = body(call("GET", "COALITION", "/api/coalitions/" + id + "/reporting", null, null,
				null), 200).path("headline");
		assertThat(headline.path("cycle").asInt()).as("the headline cycle").isEqualTo(cycle);
		assertThat(headline.path("state").asString()).as("the headline state").isEqualTo(state);
	}

	/** Drafts and publishes the annual report of a cycle as the coordinator, at {@code occurredAt} (null: now). */
	private void fileAnnualReport(String id, int cycle, String occurredAt) {
		String draft = body(call("POST", "COALITION", "/api/coalitions/" + id + "/outcomes", "dana",
				"{\"kind\": \"ANNUAL_REPORT\", \"title\": \"Annual report " + cycle + "\", \"body\": \"What we did.\", "
						+ "\"reportingCycle\": " + cycle + "}", occurredAt), 201).get("id").asString();
		body(call("POST", "COALITION", "/api/coalitions/" + id + "/outcomes/" + draft + "/publish", "dana", null,
				occurredAt), 200);
	}

	private void runTheLifeCycleCheck() {
		HttpResponse<String> checked = call("POST", "COALITION", "/api/lifecycle/check", "sam", null, null);
		assertThat(checked.statusCode()).as(checked.body()).isEqualTo(204);
	}

	private void awaitStatus(String id, String expected) {
		Ports.await(id + " " + expected, WAIT, () -> expected.equals(status(id)));
	}

	private String status(String id) {
		return body(call("GET", "COALITION", "/api/coalitions/" + id, null, null, null), 200).path("status").asString();
	}

	/** The ids in the public list of coalitions of that status. */
	private List<String> listed(String status) {
		return body(call("GET", "COALITION", "/api/coalitions?size=100&q=inactive+list&status=" + status, null,
				null, null), 200).path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}

	private static String at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
	}

	private HttpResponse<String> call(String method, String component, String path, String user, String body,
			String occurredAt) {
		return stack.request(method, stack.url(component, path), user == null ? null : stack.token(user), body,
				occurredAt == null ? Map.of() : Map.of(OCCURRED_AT, occurredAt));
	}

}
