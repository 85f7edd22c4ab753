package org.coalitions.notification.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.QuietnessChanged;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's activity API over events from the real broker in the real store, with the service's clock
 * set by the test: figures per coalition as time passes, reporting across the deadline, risks, the timeline,
 * the breakdown, the CSV export, who may read it all and what bad parameters get.
 */
class ActivityApiIntegrationTests extends ActivityApiSupport {

	static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	@BeforeEach
	void resetClock() {
		clock.set(NOW);
	}

	@Test
	void figuresPerCoalitionFollowTheEventsAndThePassingOfTime() throws Exception {
		String id = UUID.randomUUID().toString();
		publishAt(proposed(id, "Coalition on Multilingualism", "MULTILINGUALISM"), Instant.parse("2025-06-01T09:00:00Z"));
		publishAt(new BalanceChanged(id, 4,
				Map.of("CIVIL_SOCIETY", 2, "GOVERNMENT", 1, "PRIVATE_SECTOR", 0, "UNKNOWN", 1),
				Map.of("AFRICAN_STATES", 2, "LATIN_AMERICAN_AND_CARIBBEAN_STATES", 1, "ASIA_PACIFIC_STATES", 0,
						"UNKNOWN", 1),
				2, 2, true), NOW.minus(Duration.ofDays(50)));
		publishAt(new CoalitionStatusChanged(id, "PROPOSED", "ACTIVE", "multistakeholder rule met"),
				NOW.minus(Duration.ofDays(50)));
		publishAt(new ThreadStarted(id, "t1", "Scripts", "alice", "Alice"), NOW.minus(Duration.ofDays(10)));
		publishAt(new ReplyPosted(id, "t1", "r1", "Scripts", "bruno", "Bruno"), NOW.minus(Duration.ofDays(1)));
		publishAt(new ReportingStatusChanged(id, 2025, "OVERDUE", LocalDate.of(2026, 3, 31)),
				NOW.minus(Duration.ofHours(1)));
		awaitApplied(id);

		JsonNode today = getJson("/api/activity/coalitions/" + id);
		assertThat(today.get("coalitionId").asString()).isEqualTo(id);
		assertThat(today.get("name").asString()).isEqualTo("Coalition on Multilingualism");
		assertThat(today.get("theme").asString()).isEqualTo("MULTILINGUALISM");
		assertThat(today.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(today.get("members").asInt()).isEqualTo(4);
		assertThat(strings(today.get("stakeholderGroups"))).containsExactly("CIVIL_SOCIETY", "GOVERNMENT");
		assertThat(strings(today.get("regions"))).containsExactly("AFRICAN_STATES",
				"LATIN_AMERICAN_AND_CARIBBEAN_STATES");
		assertThat(today.get("balanceMet").asBoolean()).isTrue();
		assertThat(Instant.parse(today.get("lastActivityAt").asString())).isEqualTo(NOW.minus(Duration.ofDays(1)));
		assertThat(today.get("eventsLast30Days").asLong()).isEqualTo(2);
		assertThat(today.get("eventsLast90Days").asLong())
			.as("the thread and the reply: balance, status and reporting changes are not activity")
			.isEqualTo(2);
		assertThat(today.get("reportingStatus").asString()).as("2025's report, past 31 March 2026").isEqualTo("OVERDUE");
		assertThat(today.get("reportingCycle").asInt()).isEqualTo(2025);
		assertThat(today.get("reportingDeadline").asString()).isEqualTo("2026-03-31");
		assertThat(today.get("inactive").asBoolean()).isFalse();
		assertThat(today.get("developingCountryMembers").asInt()).isEqualTo(2);
		assertThat(strings(today.get("risks"))).containsExactly("REPORT_OVERDUE");

		clock.set(NOW.plus(Duration.ofDays(31)));
		JsonNode monthLater = getJson("/api/activity/coalitions/" + id);
		assertThat(monthLater.get("eventsLast30Days").asLong()).isZero();
		assertThat(monthLater.get("eventsLast90Days").asLong()).isEqualTo(2);
		assertThat(strings(monthLater.get("risks"))).containsExactly("REPORT_OVERDUE");


		clock.set(NOW.plus(Duration.ofDays(100)));
		publishAt(new ReportingStatusChanged(id, 2026, "DUE", LocalDate.of(2027, 3, 31)),
				Instant.parse("2027-01-01T00:00:00Z"));
		awaitApplied(id);
		JsonNode quiet = getJson("/api/activity/coalitions/" + id);
		assertThat(quiet.get("eventsLast90Days").asLong()).isZero();
		assertThat(quiet.get("reportingStatus").asString()).as("2027: 2026's report, due by 31 March 2027")
			.isEqualTo("DUE");
		assertThat(quiet.get("reportingCycle").asInt()).isEqualTo(2026);
		assertThat(strings(quiet.get("risks"))).as("no events for 90 days, but quietness is coalition-service's")
			.isEmpty();
		assertThat(quiet.get("quiet").asBoolean()).isFalse();

		publishAt(new QuietnessChanged(id, true, NOW.minus(Duration.ofDays(1))), NOW.plus(Duration.ofDays(100)));
		awaitApplied(id);
		JsonNode published = getJson("/api/activity/coalitions/" + id);
		assertThat(published.get("quiet").asBoolean()).isTrue();
		assertThat(strings(published.get("risks"))).containsExactly("QUIET");
		assertThat(ids(getJson("/api/activity/at-risk"))).contains(id);

		publishAt(new QuietnessChanged(id, false, NOW.plus(Duration.ofDays(101))), NOW.plus(Duration.ofDays(101)));
		awaitApplied(id);
		assertThat(getJson("/api/activity/coalitions/" + id).get("risks")).isEmpty();
	}

	@Test
	void theInactiveListNamesEachInactiveCoalitionSinceWhenAndTheReportsItMisses() throws Exception {
		String id = UUID.randomUUID().toString();
		Instant movedAt = Instant.parse("2026-04-01T01:00:00Z");
		publishAt(proposed(id, "Coalition on Rural Access", "ACCESS_FOR_RURAL_COMMUNITIES"),
				Instant.parse("2023-05-01T10:00:00Z"));
		publishAt(new CoalitionStatusChanged(id, "PROPOSED", "ACTIVE", "approved and balanced"),
				Instant.parse("2023-06-01T10:00:00Z"));
		publishAt(new ReportingStatusChanged(id, 2023, "DUE", LocalDate.of(2024, 3, 31)),
				Instant.parse("2023-06-01T10:00:00Z"));
		publishAt(new ReportingStatusChanged(id, 2023, "REPORTED", LocalDate.of(2024, 3, 31)),
				Instant.parse("2024-02-01T10:00:00Z"));
		publishAt(new ReportingStatusChanged(id, 2024, "DUE", LocalDate.of(2025, 3, 31)),
				Instant.parse("2025-01-01T00:00:00Z"));
		publishAt(new ReportingStatusChanged(id, 2024, "OVERDUE", LocalDate.of(2025, 3, 31)),
				Instant.parse("2025-04-01T00:00:00Z"));
		publishAt(new ReportingStatusChanged(id, 2025, "OVERDUE", LocalDate.of(2026, 3, 31)), movedAt);
		publishAt(new CoalitionStatusChanged(id, "ACTIVE", "INACTIVE", "annual report overdue"), movedAt);
		awaitApplied(id);

		JsonNode coalition = getJson("/api/activity/coalitions/" + id);
		assertThat(coalition.get("inactive").asBoolean()).isTrue();
		assertThat(Instant.parse(coalition.get("inactiveSince").asString())).isEqualTo(movedAt);
		List<String> cycles = new ArrayList<>();
		coalition.get("reportingCycles")
			.forEach(cycle -> cycles.add(cycle.get("cycle").asInt() + ":" + cycle.get("status").asString() + ":"
					+ cycle.get("deadline").asString()));
		assertThat(cycles).as("every cycle kept, each at its latest status")
			.containsExactly("2023:REPORTED:2024-03-31", "2024:OVERDUE:2025-03-31", "2025:OVERDUE:2026-03-31");
		assertThat(coalition.get("missingReports")).extracting(JsonNode::asInt).containsExactly(2024, 2025);
		JsonNode listed = entry(getJson("/api/activity/inactive"), id);
		assertThat(listed.get("name").asString()).isEqualTo("Coalition on Rural Access");
		assertThat(Instant.parse(listed.get("since").asString())).isEqualTo(movedAt);
		assertThat(listed.get("missingReports")).extracting(JsonNode::asInt).containsExactly(2024, 2025);

		publishAt(new ReportingStatusChanged(id, 2025, "REPORTED", LocalDate.of(2026, 3, 31)), NOW);
		publishAt(new CoalitionStatusChanged(id, "INACTIVE", "ACTIVE", "annual report filed"), NOW);
		awaitApplied(id);
		assertThat(ids(getJson("/api/activity/inactive"))).doesNotContain(id);
		JsonNode back = getJson("/api/activity/coalitions/" + id);
		assertThat(back.get("inactiveSince").isNull()).isTrue();
		assertThat(back.get("missingReports")).extracting(JsonNode::asInt).containsExactly(2024);
	}

	@Test
	void joinRequestFiguresCountOutcomesAndTimeTheDecisions() throws Exception {
		String id = UUID.randomUUID().toString();
		Instant t = Instant.parse("2026-10-01T08:00:00Z");
		publishAt(proposed(id, "Coalition on Moderated Joining", "SPAM"), t.minus(Duration.ofDays(1)));
		publishAt(new JoinRequested(id, "r1", "p1", "P1", "GOVERNMENT", "BR", null), t);
		publishAt(new JoinRequested(id, "r2", "p2", "P2", "GOVERNMENT", "BR", null), t);
		publishAt(new JoinRequested(id, "r3", "p3", "P3", "GOVERNMENT", "BR", null), t);
		publishAt(new JoinRequested(id, "r4", "p4", "P4", "GOVERNMENT", "BR", null), t);
		publishAt(new JoinRequestDecided(id, "r1", "p1", true, "c", null), t.plus(Duration.ofHours(2)));
		publishAt(new JoinRequestDecided(id, "r2", "p2", false, "c", "Spam account"), t.plus(Duration.ofHours(5)));
		publishAt(new JoinRequestDecided(id, "r3", "p3", true, "c", null), t.plus(Duration.ofDays(3)));
		awaitApplied(id);

		JsonNode requests = getJson("/api/activity/coalitions/" + id).get("joinRequests");
		assertThat(requests.get("approved").asInt()).isEqualTo(2);
		assertThat(requests.get("rejected").asInt()).isEqualTo(1);
		assertThat(requests.get("waiting").asInt()).isEqualTo(1);
		assertThat(requests.get("medianDecisionHours").asDouble()).isEqualTo(5.0);
		assertThat(requests.get("longestDecisionHours").asDouble()).isEqualTo(72.0);
	}

	@Test
	void theReportingStatusIsTheOneCoalitionServicePublishedWhateverTheDate() throws Exception {
		String id = UUID.randomUUID().toString();
		clock.set(Instant.parse("2025-12-01T10:00:00Z"));
		publishAt(proposed(id, "Coalition on Net Neutrality", "NET_NEUTRALITY"), Instant.parse("2025-05-10T10:00:00Z"));
		publishAt(new BalanceChanged(id, 3, Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1, "TECHNICAL_COMMUNITY", 1),
				Map.of("WESTERN_EUROPEAN_AND_OTHER_STATES", 3), 0, 3, true), Instant.parse("2025-05-20T10:00:00Z"));
		awaitApplied(id);
		assertThat(getJson("/api/activity/coalitions/" + id).get("reportingStatus").isNull())
			.as("nothing published yet")
			.isTrue();

		publishAt(new ReportingStatusChanged(id, 2025, "DUE", LocalDate.of(2026, 3, 31)),
				Instant.parse("2025-05-10T10:00:00Z"));
		awaitApplied(id);
		JsonNode due = getJson("/api/activity/coalitions/" + id);
		assertThat(due.get("reportingStatus").asString()).as("proposed this year: its first report").isEqualTo("DUE");
		assertThat(due.get("reportingCycle").asInt()).isEqualTo(2025);
		assertThat(due.get("reportingDeadline").asString()).isEqualTo("2026-03-31");
		assertThat(due.get("risks")).as("no events since May, but not published as quiet; its report is not overdue")
			.isEmpty();

		clock.set(Instant.parse("2026-04-01T00:30:00Z"));
		assertThat(getJson("/api/activity/coalitions/" + id).get("reportingStatus").asString())
			.as("the rule is coalition-service's: past the deadline, still what it said until it says otherwise")
			.isEqualTo("DUE");

		publishAt(new OutcomePublished(id, "o1", "OUTCOME_DOCUMENT", "Principles", null), clock.instant());
		publishAt(new ReportingStatusChanged(id, 2025, "OVERDUE", LocalDate.of(2026, 3, 31)), clock.instant());
		awaitApplied(id);
		JsonNode overdue = getJson("/api/activity/coalitions/" + id);
		assertThat(overdue.get("reportingStatus").asString()).isEqualTo("OVERDUE");
		assertThat(strings(overdue.get("risks"))).containsExactly("REPORT_OVERDUE");
		assertThat(ids(getJson("/api/activity/at-risk"))).contains(id);

		publishAt(new OutcomePublished(id, "o3", "ANNUAL_REPORT", "Report 2025", 2025), clock.instant());
		publishAt(new ReportingStatusChanged(id, 2025, "REPORTED", LocalDate.of(2026, 3, 31)), clock.instant());
		awaitApplied(id);
		JsonNode reported = getJson("/api/activity/coalitions/" + id);
		assertThat(reported.get("reportingStatus").asString()).isEqualTo("REPORTED");
		assertThat(reported.get("risks")).isEmpty();
		assertThat(ids(getJson("/api/activity/at-risk"))).doesNotContain(id);
	}

	@Test
	void anUnbalancedCoalitionIsAtRiskUntilItIsClosed() throws Exception {
		String id = UUID.randomUUID().toString();
		publishAt(proposed(id, "Coalition on Accessibility", "ACCESSIBILITY"), NOW.minus(Duration.ofDays(3)));
		publishAt(new BalanceChanged(id, 2, Map.of("CIVIL_SOCIETY", 2), Map.of("ASIA_PACIFIC_STATES", 2), 2, 1, false),
				NOW.minus(Duration.ofDays(2)));
		awaitApplied(id);
		JsonNode unbalanced = getJson("/api/activity/coalitions/" + id);
		assertThat(unbalanced.get("balanceMet").asBoolean()).isFalse();
		assertThat(strings(unbalanced.get("risks"))).containsExactly("UNBALANCED");
		assertThat(unbalanced.get("reportingStatus").isNull()).isTrue();
		assertThat(ids(getJson("/api/activity/at-risk"))).contains(id);

		publishAt(new CoalitionStatusChanged(id, "PROPOSED", "CLOSED", "closed by its coordinators"),
				NOW.minus(Duration.ofDays(1)));
		awaitApplied(id);
		assertThat(getJson("/api/activity/coalitions/" + id).get("risks")).isEmpty();
		assertThat(ids(getJson("/api/activity/at-risk"))).doesNotContain(id);
	}

	@Test
	void theTimelineCountsEveryCoalitionsEventsPerDayAndPerWeekWithZeros() throws Exception {
		// long ago, so no other test's events fall into these periods
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		publishAt(proposed(first, "Timeline one", "SPAM"), Instant.parse("2019-03-04T08:00:00Z"));
		publishAt(new ThreadStarted(first, "t", "T", "a", "A"), Instant.parse("2019-03-06T23:59:00Z"));
		publishAt(proposed(second, "Timeline two", "SPAM"), Instant.parse("2019-03-06T00:01:00Z"));
		publishAt(new ThreadStarted(second, "t", "T", "a", "A"), Instant.parse("2019-03-12T12:00:00Z"));
		awaitApplied(first);
		awaitApplied(second);

		JsonNode days = getJson("/api/activity/timeline?from=2019-03-03&to=2019-03-13&granularity=DAY");
		assertThat(days.get("from").asString()).isEqualTo("2019-03-03");
		assertThat(days.get("to").asString()).isEqualTo("2019-03-13");
		assertThat(days.get("granularity").asString()).isEqualTo("DAY");
		assertThat(points(days)).containsExactly("2019-03-03=0", "2019-03-04=1", "2019-03-05=0", "2019-03-06=2",
				"2019-03-07=0", "2019-03-08=0", "2019-03-09=0", "2019-03-10=0", "2019-03-11=0", "2019-03-12=1",
				"2019-03-13=0");

		JsonNode weeks = getJson("/api/activity/timeline?from=2019-03-03&to=2019-03-20&granularity=WEEK");
		assertThat(weeks.get("from").asString()).as("widened to the Monday").isEqualTo("2019-02-25");
		assertThat(weeks.get("to").asString()).as("widened to the Sunday").isEqualTo("2019-03-24");
		assertThat(points(weeks)).containsExactly("2019-02-25=0", "2019-03-04=3", "2019-03-11=1", "2019-03-18=0");

		clock.set(Instant.parse("2019-03-13T10:00:00Z"));
		JsonNode lastThirtyDays = getJson("/api/activity/timeline");
		assertThat(lastThirtyDays.get("from").asString()).isEqualTo("2019-02-12");
		assertThat(lastThirtyDays.get("to").asString()).isEqualTo("2019-03-13");
		assertThat(lastThirtyDays.get("points")).hasSize(30);
		assertThat(points(lastThirtyDays)).contains("2019-03-06=2", "2019-03-12=1");
	}

	@Test
	void theBreakdownCountsCoalitionsByStatusAndThemeAndMembersOfLivingCoalitionsByGroup() throws Exception {
		awaitCaughtUp();
		JsonNode before = getJson("/api/activity/breakdown");
		String active = UUID.randomUUID().toString();
		String closed = UUID.randomUUID().toString();
		publishAt(proposed(active, "Breakdown active", "CHILD_ONLINE_SAFETY"), NOW);
		publishAt(new BalanceChanged(active, 4, Map.of("CIVIL_SOCIETY", 2, "ACADEMIC_COMMUNITY", 1, "GOVERNMENT", 1,
				"PRIVATE_SECTOR", 0), Map.of("AFRICAN_STATES", 4), 4, 3, true), NOW);
		publishAt(new CoalitionStatusChanged(active, "PROPOSED", "ACTIVE", "rule met"), NOW);
		publishAt(proposed(closed, "Breakdown closed", "CHILD_ONLINE_SAFETY"), NOW);
		publishAt(new BalanceChanged(closed, 5, Map.of("GOVERNMENT", 5), Map.of("AFRICAN_STATES", 5), 5, 1, false),
				NOW);
		publishAt(new CoalitionStatusChanged(closed, "PROPOSED", "CLOSED", "closed"), NOW);
		awaitApplied(active);
		awaitApplied(closed);

		JsonNode after = getJson("/api/activity/breakdown");
		assertThat(delta(before, after, "byStatus", "ACTIVE")).isEqualTo(1);
		assertThat(delta(before, after, "byStatus", "CLOSED")).isEqualTo(1);
		assertThat(delta(before, after, "byTheme", "CHILD_ONLINE_SAFETY")).isEqualTo(2);
		assertThat(delta(before, after, "byStakeholderGroup", "CIVIL_SOCIETY")).isEqualTo(2);
		assertThat(delta(before, after, "byStakeholderGroup", "ACADEMIC_COMMUNITY")).isEqualTo(1);
		assertThat(delta(before, after, "byStakeholderGroup", "GOVERNMENT")).as("the closed coalition's five do not count")
			.isEqualTo(1);
		assertThat(after.get("byStakeholderGroup").has("PRIVATE_SECTOR")).as("no empty groups").isFalse();
		assertThat(after.get("members").asLong() - before.get("members").asLong()).isEqualTo(4);
		assertThat(after.get("developingCountryMembers").asLong() - before.get("developingCountryMembers").asLong())
			.as("the closed coalition's five do not count")
			.isEqualTo(4);
	}

	@Test
	void theCsvExportHasEveryCoalitionAndDefusesFormulas() throws Exception {
		String injected = UUID.randomUUID().toString();
		String quoted = UUID.randomUUID().toString();
		publishAt(proposed(injected, "=HYPERLINK(\"http://evil.example\",\"click\")", "SPAM"), NOW);
		publishAt(proposed(quoted, "Spam, \"Scams\" and more", "SPAM"), NOW);
		publishAt(new BalanceChanged(quoted, 3, Map.of("CIVIL_SOCIETY", 2, "GOVERNMENT", 1),
				Map.of("AFRICAN_STATES", 2, "ASIA_PACIFIC_STATES", 1), 3, 2, false), NOW);
		awaitApplied(injected);
		awaitApplied(quoted);

		// other tests' events may still be arriving on the shared broker: the export lies between two readings
		int before = getJson("/api/activity/coalitions").size();
		ApiResponse csv = get("/api/activity/coalitions.csv", SECRETARIAT);
		int after = getJson("/api/activity/coalitions").size();
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"coalitions-activity-2026-11-24.csv\"");
		List<String> lines = List.of(csv.body().split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("coalitionId,name,theme,status,members,stakeholderGroups,regions,"
				+ "balanceMet,developingCountryMembers,lastActivityAt,eventsLast30Days,eventsLast90Days,"
				+ "reportingStatus,reportingCycle,reportingDeadline,reportingCycles,missingReports,inactive,"
				+ "inactiveSince,quiet,joinRequestsApproved,joinRequestsRejected,joinRequestsWaiting,"
				+ "medianDecisionHours,longestDecisionHours,risks");
		assertThat(lines.size() - 1).isBetween(before, after);
		assertThat(lines).contains(injected + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",SPAM,"
				+ "PROPOSED,0,,,false,0,2026-11-24T12:00:00Z,1,1,,,,,,false,,false,0,0,0,,,UNBALANCED");
		assertThat(lines).contains(quoted + ",\"Spam, \"\"Scams\"\" and more\",SPAM,PROPOSED,3,CIVIL_SOCIETY;GOVERNMENT,"
				+ "AFRICAN_STATES;ASIA_PACIFIC_STATES,false,3,2026-11-24T12:00:00Z,1,1,,,,,,false,,false,0,0,0,,,"
				+ "UNBALANCED");
		assertThat(lines).noneMatch(line -> line.contains(",=") || line.startsWith("="));
	}

	@Test
	void everyActivityEndpointIsForTheSecretariatOnly() throws Exception {
		String id = UUID.randomUUID().toString();
		publishAt(proposed(id, "Coalition on Security", "SECURITY"), NOW);
		awaitApplied(id);
		for (String path : List.of("/api/activity/coalitions", "/api/activity/coalitions/" + id,
				"/api/activity/coalitions.csv", "/api/activity/timeline", "/api/activity/breakdown",
				"/api/activity/at-risk", "/api/activity/inactive", "/api/activity/stream")) {
			assertThat(get(path, null).statusCode()).as("anonymous " + path).isEqualTo(401);
			assertThat(get(path, MEMBER).statusCode()).as("a member on " + path).isEqualTo(403);
		}
		for (String path : List.of("/api/activity/coalitions", "/api/activity/coalitions/" + id,
				"/api/activity/coalitions.csv", "/api/activity/timeline", "/api/activity/breakdown",
				"/api/activity/at-risk", "/api/activity/inactive")) {
			assertThat(get(path, SECRETARIAT).statusCode()).as("the secretariat on " + path).isEqualTo(200);
		}
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() throws Exception {
		for (String query : List.of("from=2026-13-01", "to=yesterday", "from=2026-11-24&to=2026-02-30",
				"granularity=MONTH", "from=2026-11-24&to=2026-11-01",
				"from=2024-01-01&to=2026-11-24")) {
			ApiResponse response = get("/api/activity/timeline?" + query, SECRETARIAT);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
		}
		assertThat(get("/api/activity/timeline?from=2026-11-24&to=2026-11-01", SECRETARIAT).body())
			.contains("\"field\":\"from\"");
		assertThat(get("/api/activity/timeline?from=2024-01-01&to=2026-11-24", SECRETARIAT).body())
			.contains("\"field\":\"to\"");
		// 503 with Retry-After while the service has not caught up on the events the tests before sent, then 404
		String unknownCoalition = "/api/activity/coalitions/" + UUID.randomUUID();
		ApiResponse unknown = get(unknownCoalition, SECRETARIAT);
		for (long deadline = System.nanoTime() + 30_000_000_000L; unknown.statusCode() == 503
				&& System.nanoTime() < deadline;) {
			Thread.sleep(200);
			unknown = get(unknownCoalition, SECRETARIAT);
		}
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private static CoalitionProposed proposed(String id, String name, String theme) {
		return new CoalitionProposed(id, name, theme, "A summary.", "OPEN", "bruno", "Bruno");
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static JsonNode entry(JsonNode coalitions, String id) {
		for (JsonNode coalition : coalitions) {
			if (id.equals(coalition.get("coalitionId").asString())) {
				return coalition;
			}
		}
		throw new AssertionError(id + " not in " + coalitions);
	}

	private static List<String> ids(JsonNode coalitions) {
		List<String> ids = new ArrayList<>();
		coalitions.forEach(coalition -> ids.add(coalition.get("coalitionId").asString()));
		return ids;
	}

	private static List<String> points(JsonNode timeline) {
		List<String> points = new ArrayList<>();
		timeline.get("points").forEach(point -> points.add(point.get("period").asString() + "=" + point.get("events").asLong()));
		return points;
	}

	private static long delta(JsonNode before, JsonNode after, String map, String key) {
		return count(after, map, key) - count(before, map, key);
	}

	private static long count(JsonNode breakdown, String map, String key) {
		JsonNode value = breakdown.get(map).get(key);
		return value == null ? 0 : value.asLong();
	}
}
