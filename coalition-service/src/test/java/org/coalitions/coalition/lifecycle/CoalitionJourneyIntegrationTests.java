package org.coalitions.coalition.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.MutableClock;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coalition's life through coalition-service's API and the real broker: the secretariat's review and membership
 * events make it ACTIVE, an overdue report INACTIVE and filing it ACTIVE again; a declined proposal is final;
 * coordinators steer, members post, outcomes go public, and two concurrent charter edits cannot overwrite each
 * other.
 */
@ApiIntegrationTest("coalition-service")
class CoalitionJourneyIntegrationTests {

	static final MutableClock clock = new MutableClock(Instant.now());

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return clock;
		}
	}

	ApiClient api;

	@Autowired
	CoalitionRegistry registry;

	@Autowired
	Rosters rosters;

	@Autowired
	LifeCycle lifeCycle;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@org.junit.jupiter.api.BeforeEach
	void resetClock() {
		clock.set(Instant.now());
	}

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void changesRequestedResubmittedApprovedThenActiveOnceBalancedInactiveWhenOverdueAndBackWhenFiled()
			throws Exception {
		String id = propose("Coalition on Internet Rights", "alice");
		awaitRole(id, "alice", Role.COORDINATOR);
		assertThat(status(id)).isEqualTo("PROPOSED");
		assertThat(queue().valueStream().map(item -> item.get("id").asString())).contains(id);

		assertThat(review(id, "bruno", "{\"decision\": \"APPROVED\"}").statusCode())
			.as("only the secretariat reviews").isEqualTo(403);
		review(id, "sam", "{\"decision\": \"CHANGES_REQUESTED\"}").assertInvalid("message");
		review(id, "sam", "{\"decision\": \"CHANGES_REQUESTED\", \"message\": \"Say who else takes part.\"}")
			.assertStatus(200);
		JsonNode sentBack = queue().valueStream().filter(item -> item.get("id").asString().equals(id)).findFirst()
			.orElseThrow();
		assertThat(sentBack.get("reviewState").asString()).isEqualTo("CHANGES_REQUESTED");
		assertThat(sentBack.get("reviewMessage").asString()).isEqualTo("Say who else takes part.");
		assertThat(sentBack.get("proposerName").asString()).isEqualTo("alice");

		assertThat(put("/api/coalitions/" + id + "/statement", "bruno", null, STATEMENT).statusCode())
			.as("only coordinators revise the statement").isEqualTo(403);
		put("/api/coalitions/" + id + "/statement", "alice", null, STATEMENT).assertStatus(200);
		assertThat(get("/api/coalitions/" + id + "/statement/versions", null).json().valueStream()
			.map(version -> version.get("version").asInt())).containsExactly(2, 1);
		assertThat(post("/api/coalitions/" + id + "/resubmit", "bruno", "").statusCode()).isEqualTo(403);
		post("/api/coalitions/" + id + "/resubmit", "alice", "").assertStatus(200);
		assertThat(post("/api/coalitions/" + id + "/resubmit", "alice", "").statusCode())
			.as("only once changes were asked for").isEqualTo(409);

		JsonNode approved = review(id, "sam", "{\"decision\": \"APPROVED\"}").assertStatus(200).json();
		assertThat(approved.get("status").asString()).as("approved, not yet balanced").isEqualTo("PROPOSED");
		assertThat(approved.get("activation").valueStream().map(check -> check.get("met").asBoolean()))
			.containsExactly(true, false);
		assertThat(queue().valueStream().map(item -> item.get("id").asString())).doesNotContain(id);

		events.publish(new MemberJoined(id, "bruno", "Bruno", "GOVERNMENT", "BR", "MEMBER"), "bruno");
		events.publish(new BalanceChanged(id, 3, Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1, "PRIVATE_SECTOR", 1),
				Map.of("AFRICAN_STATES", 1), 2, 3, true), "chen");
		Ports.await("ACTIVE", Duration.ofSeconds(30), () -> "ACTIVE".equals(status(id)));
		assertThat(get("/api/coalitions/" + id, null).json().get("statusReason").asString())
			.contains("approved by the secretariat, multistakeholder rule met");

		int cycle = clock.instant().atZone(ZoneOffset.UTC).getYear();
		// late in the next year: the first report is overdue, and nothing happened for more than 180 days
		clock.set(LocalDate.of(cycle + 1, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
		lifeCycle.check();
		assertThat(status(id)).as("the report is overdue").isEqualTo("INACTIVE");
		JsonNode inactive = get("/api/coalitions/" + id, null).json();
		assertThat(inactive.get("quiet").asBoolean()).as("no activity for 180 days: quiet, as a flag").isTrue();
		assertThat(inactive.get("principles").valueStream()
			.filter(check -> check.get("principle").asString().equals("ANNUAL_REPORT"))
			.map(check -> check.get("reason").asString())).containsExactly("REPORT_OVERDUE");

		awaitRole(id, "bruno", Role.MEMBER);
		ApiResponse draft = post("/api/coalitions/" + id + "/outcomes", "alice",
				"{\"kind\": \"ANNUAL_REPORT\", \"title\": \"Report\", \"reportingCycle\": " + cycle + "}")
			.assertStatus(201);
		post("/api/coalitions/" + id + "/outcomes/" + draft.json().get("id").asString() + "/publish", "alice", "")
			.assertStatus(200);
		assertThat(status(id)).as("filing the overdue report brings it back at once").isEqualTo("ACTIVE");
		Ports.await("not quiet after the report", Duration.ofSeconds(30), () -> !registry.get(id).isQuiet());
	}

	@Test
	void aDeclinedProposalTakesNoPostsEditsOrReviews() throws Exception {
		String id = propose("Coalition on Declined Things", "alice");
		awaitRole(id, "alice", Role.COORDINATOR);
		review(id, "sam", "{\"decision\": \"DECLINED\"}").assertInvalid("message");
		JsonNode declined = review(id, "sam", "{\"decision\": \"DECLINED\", \"message\": \"Out of scope.\"}")
			.assertStatus(200)
			.json();
		assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
		assertThat(declined.get("review").get("message").asString()).isEqualTo("Out of scope.");
		post("/api/coalitions/" + id + "/threads", "alice", "{\"title\": \"t\", \"body\": \"b\"}").assertProblem(409);
		put("/api/coalitions/" + id + "/statement", "alice", null, STATEMENT).assertProblem(409);
		review(id, "sam", "{\"decision\": \"APPROVED\"}").assertProblem(409);
		assertThat(api.get("/api/reviews", TestTokens.of("alice", "alice")).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/reviews", null).statusCode()).isEqualTo(401);
		review("no-such-coalition", "sam", "{\"decision\": \"APPROVED\"}").assertProblem(404);
	}

	static final String STATEMENT = """
			{"rationale": "Rights need a home.", "actionPlan": "Two meetings and a paper.",
			 "contactPersons": ["Alice", "Bruno"], "mailingList": "https://lists.example.org/rights"}""";

	private ApiResponse review(String id, String user, String body) {
		return api.post("/api/coalitions/" + id + "/review", TestTokens.of(user, user,
				"sam".equals(user) ? new String[] { "secretariat" } : new String[0]), body);
	}

	private JsonNode queue() {
		return api.get("/api/reviews", TestTokens.of("sam", "Sam", "secretariat")).assertStatus(200).json();
	}

	@Test
	void theHeadlineReportIsDueFromTheProposalOverdueAfterItsDeadlineWhateverTheSeasonAndTheNextOnceFiled()
			throws Exception {
		String id = propose("Coalition on Community Networks", "farah");
		awaitRole(id, "farah", Role.COORDINATOR);
		JsonNode due = headline(id);
		int cycle = due.get("cycle").asInt();
		assertThat(cycle).as("proposed this year: its first report")
			.isEqualTo(clock.instant().atZone(ZoneOffset.UTC).getYear());
		assertThat(due.get("state").asString()).isEqualTo("DUE");
		assertThat(due.get("deadline").asString()).isEqualTo((cycle + 1) + "-03-31");

		clock.set(LocalDate.of(cycle + 1, 4, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
		lifeCycle.check();
		assertThat(headline(id).get("state").asString()).isEqualTo("OVERDUE");
		assertThat(status(id)).as("only an ACTIVE coalition goes INACTIVE").isEqualTo("PROPOSED");

		clock.set(LocalDate.of(cycle + 2, 2, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
		lifeCycle.check();
		assertThat(headline(id).get("cycle").asInt()).as("in the first months of a year, still the overdue one")
			.isEqualTo(cycle);
		assertThat(headline(id).get("state").asString()).isEqualTo("OVERDUE");

		ApiResponse draft = post("/api/coalitions/" + id + "/outcomes", "farah",
				"{\"kind\": \"ANNUAL_REPORT\", \"title\": \"Report\", \"reportingCycle\": " + cycle + "}")
			.assertStatus(201);
		assertThat(post("/api/coalitions/" + id + "/outcomes/" + draft.json().get("id").asString() + "/publish", "farah",
				"").statusCode()).isEqualTo(200);
		JsonNode next = headline(id);
		assertThat(next.get("cycle").asInt()).as("filed: the report being written is asked for").isEqualTo(cycle + 1);
		assertThat(next.get("state").asString()).isEqualTo("DUE");
		assertThat(next.get("deadline").asString()).isEqualTo((cycle + 2) + "-03-31");
		assertThat(get("/api/coalitions/" + id + "/reporting", null).json().get("cycles").valueStream()
			.filter(entry -> entry.get("cycle").asInt() == cycle)
			.map(entry -> entry.get("state").asString())).containsExactly("REPORTED");
	}

	@Test
	void coordinatorsSteerMembersPostAndOthersAreRefused() throws Exception {
		String id = propose("Coalition on Accessibility", "dana");
		String other = propose("Coalition on Child Online Safety", "emeka");
		awaitRole(id, "dana", Role.COORDINATOR);
		awaitRole(other, "emeka", Role.COORDINATOR);

		assertThat(post("/api/coalitions/" + id + "/threads", "emeka", "{\"title\": \"t\", \"body\": \"b\"}")
			.statusCode()).as("a non-member may not post").isEqualTo(403);
		assertThat(put("/api/coalitions/" + id + "/charter", "emeka", "\"1\"",
				"{\"summary\": \"hijacked\", \"joinPolicy\": \"OPEN\"}").statusCode())
			.as("a coordinator of another coalition has no power here").isEqualTo(403);

		java.time.LocalDateTime inAMonth = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneId.of("America/New_York"))
			.plusDays(30)
			.withNano(0);
		ApiResponse meeting = post("/api/coalitions/" + id + "/meetings", "dana", """
				{"title": "Kick-off", "startsAt": "%s", "timeZone": "America/New_York",
				 "agenda": "Who we are"}""".formatted(inAMonth));
		assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
		JsonNode scheduled = meeting.json();
		assertThat(Instant.parse(scheduled.get("startsAt").asString()))
			.isEqualTo(inAMonth.atZone(java.time.ZoneId.of("America/New_York")).toInstant());
		String minutesPath = "/api/coalitions/" + id + "/meetings/" + scheduled.get("id").asString() + "/minutes";
		assertThat(put(minutesPath, "dana", null, "{\"minutes\": \"We met.\"}").statusCode())
			.as("no minutes before the meeting").isEqualTo(422);
		clock.advance(Duration.ofDays(60));
		assertThat(put(minutesPath, "dana", null, "{\"minutes\": \"We met.\"}").statusCode()).isEqualTo(200);

		int cycle = java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).getYear();
		ApiResponse draft = post("/api/coalitions/" + id + "/outcomes", "dana",
				("{\"kind\": \"ANNUAL_REPORT\", \"title\": \"Report 2026\", \"body\": \"We did things.\", \"reportingCycle\": "
						+ cycle + "}"));
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		String outcomePath = "/api/coalitions/" + id + "/outcomes/" + draft.json().get("id").asString();
		assertThat(get(outcomePath, null).statusCode()).as("a draft is not public").isEqualTo(404);
		assertThat(post("/api/coalitions/" + id + "/outcomes", "dana",
				("{\"kind\": \"ANNUAL_REPORT\", \"title\": \"Again\", \"reportingCycle\": "
						+ cycle + "}")).statusCode())
			.as("one annual report per cycle").isEqualTo(409);
		assertThat(post(outcomePath + "/publish", "emeka", "").statusCode()).isEqualTo(403);
		assertThat(post(outcomePath + "/publish", "dana", "").statusCode()).isEqualTo(200);
		assertThat(get(outcomePath, null).json().get("status").asString()).isEqualTo("PUBLISHED");
		JsonNode reporting = get("/api/coalitions/" + id + "/reporting", null).json();
		assertThat(reporting.get("cycles").get(0).get("cycle").asInt()).isEqualTo(cycle);
		assertThat(reporting.get("cycles").get(0).get("state").asString()).isEqualTo("REPORTED");
		JsonNode headline = reporting.get("headline");
		assertThat(reporting.get("cycles").valueStream()
			.filter(entry -> entry.get("cycle").asInt() == headline.get("cycle").asInt()))
			.as("the headline is one of the cycles, as it stands").singleElement().isEqualTo(headline);

		assertThat(post("/api/coalitions/" + id + "/close", "emeka", "{\"reason\": \"no\"}").statusCode()).isEqualTo(403);
		assertThat(post("/api/coalitions/" + id + "/close", "dana", "{\"reason\": \"Work done\"}").statusCode())
			.isEqualTo(200);
		assertThat(post("/api/coalitions/" + id + "/threads", "dana", "{\"title\": \"t\", \"body\": \"b\"}")
			.statusCode()).as("a closed coalition takes no posts").isEqualTo(409);
		assertThat(get("/api/coalitions/" + id + "/outcomes", null).body()).as("but stays readable")
			.contains("Report 2026");
		assertThat(post("/api/coalitions/" + id + "/reopen", "dana", "{\"reason\": \"again\"}").statusCode())
			.as("only the secretariat reopens").isEqualTo(403);
		assertThat(api.post("/api/coalitions/" + id + "/reopen", TestTokens.of("sam", "Sam", "secretariat"),
				"{\"reason\": \"revived\"}").statusCode()).isEqualTo(200);
	}

	@Test
	void ofTwoConcurrentCharterEditsOneWinsAndTheOtherIsTold() throws Exception {
		String id = propose("Coalition on Net Neutrality", "gita");
		awaitRole(id, "gita", Role.COORDINATOR);
		String etag = get("/api/coalitions/" + id, null).headers().firstValue("ETag").orElseThrow();

		CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(() -> put(
				"/api/coalitions/" + id + "/charter", "gita", etag, "{\"summary\": \"First\", \"joinPolicy\": \"OPEN\"}"));
		CompletableFuture<ApiResponse> second = CompletableFuture.supplyAsync(() -> put(
				"/api/coalitions/" + id + "/charter", "gita", etag, "{\"summary\": \"Second\", \"joinPolicy\": \"OPEN\"}"));
		var statuses = Stream.of(first.get(), second.get()).map(ApiResponse::statusCode).sorted().toList();
		assertThat(statuses).containsExactly(200, 409);
		String summary = get("/api/coalitions/" + id, null).json().get("summary").asString();
		assertThat(summary).isIn("First", "Second");
		assertThat(put("/api/coalitions/" + id + "/charter", "gita", null, "{\"summary\": \"x\", \"joinPolicy\": \"OPEN\"}")
			.statusCode()).as("an edit without If-Match").isEqualTo(428);
	}

	private String propose(String name, String user) throws Exception {
		return post("/api/coalitions", user, """
				{"name": "%s", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES", "summary": "Rights online.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, 
				 "joinPolicy": "OPEN"}""".formatted(name)).assertStatus(201).json().get("id").asString();
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private JsonNode headline(String id) throws Exception {
		return get("/api/coalitions/" + id + "/reporting", null).json().get("headline");
	}

	private String status(String id) {
		return registry.get(id).getStatus().name();
	}

	private ApiResponse get(String path, String user) {
		return api.get(path, user == null ? null : TestTokens.of(user, user));
	}

	private ApiResponse post(String path, String user, String body) {
		return api.post(path, TestTokens.of(user, user), body);
	}

	private ApiResponse put(String path, String user, String ifMatch, String body) {
		return api.put(path, TestTokens.of(user, user), body, "If-Match", ifMatch);
	}
}
