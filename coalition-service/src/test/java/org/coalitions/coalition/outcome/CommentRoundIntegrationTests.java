package org.coalitions.coalition.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.coalition.roster.Rosters;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole comment round through coalition-service's API and the real broker: a window opened, members of three
 * stakeholder groups commenting and taking positions (one dissents), a revision, a changed position, publication
 * with the record, tally by group and annex; refusals after the window and for non-members; an expired window
 * closed once by two sweeps at once; many members taking positions at once, none refused.
 */
@ApiIntegrationTest("coalition-service")
class CommentRoundIntegrationTests {

	ApiClient api;

	@Autowired
	Rosters rosters;

	@Autowired
	CommentRounds rounds;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	final EventProbe published = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS);

	/** Unique people per run: the broker is shared with other test classes. */
	String run;

	String ana;

	String ben;

	String cal;

	String dia;

	String eve;

	@BeforeEach
	void people() {
		run = UUID.randomUUID().toString().substring(0, 8);
		ana = "ana-" + run;
		ben = "ben-" + run;
		cal = "cal-" + run;
		dia = "dia-" + run;
		eve = "eve-" + run;
	}

	@AfterEach
	void close() {
		events.close();
		published.close();
	}

	@Test
	void membersOfThreeGroupsCommentAndTakePositionsAndThePublishedOutcomeKeepsTallyAnnexAndRecord() {
		String coalition = coalitionWith(List.of(ben, "GOVERNMENT"), List.of(cal, "CIVIL_SOCIETY"),
				List.of(dia, "PRIVATE_SECTOR"));
		String outcome = draft(coalition, "Spam and trust", "Spam hurts trust.\nWe ask providers to filter it.");
		String path = "/api/coalitions/" + coalition + "/outcomes/" + outcome;
		String closesAt = Instant.now().plus(Duration.ofDays(14)).toString();

		api.post(path + "/comment-window", token(ben), "{\"closesAt\": \"" + closesAt + "\"}").assertProblem(403);
		api.post(path + "/comment-window", token(ana), "{\"closesAt\": \"" + Instant.now().minusSeconds(60) + "\"}")
			.assertProblem(422);
		JsonNode opened = api.post(path + "/comment-window", token(ana), "{\"closesAt\": \"" + closesAt + "\"}")
			.assertStatus(200)
			.json();
		assertThat(opened.get("commentWindow").get("open").asBoolean()).isTrue();
		assertThat(opened.get("commentWindowHeld").asBoolean()).isTrue();
		assertThat(opened.get("version").asInt()).isEqualTo(1);
		api.post(path + "/comment-window", token(ana), "{\"closesAt\": \"" + closesAt + "\"}").assertProblem(409);

		JsonNode comment = api.post(path + "/comments", token(cal),
				"{\"text\": \"Filtering alone is not enough.\", \"quote\": \"We ask providers\\nto filter it.\"}")
			.assertStatus(201)
			.json();
		assertThat(comment.get("quote").asString()).isEqualTo("We ask providers\nto filter it.");
		assertThat(comment.get("authorName").asString()).isEqualTo("Name of " + cal);
		api.post(path + "/comments", token(ben), "{\"text\": \"Why?\", \"quote\": \"We demand\"}").assertProblem(422);
		api.post(path + "/comments", token(ana),
				"{\"text\": \"We will add enforcement.\", \"inReplyTo\": \"" + comment.get("id").asString() + "\"}")
			.assertStatus(201);
		api.post(path + "/comments", token(eve), "{\"text\": \"Let me in.\"}").assertProblem(403);
		api.put(path + "/position", token(eve), "{\"position\": \"SUPPORT\"}").assertProblem(403);
		api.get(path + "/tally", token(eve)).assertProblem(403);
		api.get(path + "/comments", token(eve)).assertProblem(404);

		position(path, ben, "{\"position\": \"SUPPORT\"}");
		api.put(path + "/position", token(cal), "{\"position\": \"DISSENT\"}").assertProblem(422);
		JsonNode dissent = position(path, cal, "{\"position\": \"DISSENT\", \"reason\": \"Too weak on enforcement.\"}");
		assertThat(dissent.get("stakeholderGroup").asString()).as("as the member joined").isEqualTo("CIVIL_SOCIETY");
		position(path, dia, "{\"position\": \"ABSTAIN\"}");
		JsonNode live = api.get(path + "/tally", token(ben)).assertStatus(200).json();
		assertThat(live.get("total").asInt()).isEqualTo(3);
		assertThat(live.get("byPosition").get("ABSTAIN").asInt()).isEqualTo(1);
		assertThat(live.get("mine").get("position").asString()).isEqualTo("SUPPORT");

		JsonNode revised = api.put(path, token(ana),
				"{\"title\": \"Spam, trust and enforcement\", \"body\": \"Spam hurts trust.\\nWe ask providers to filter it.\\nRegulators enforce.\"}")
			.assertStatus(200)
			.json();
		assertThat(revised.get("version").asInt()).isEqualTo(2);
		JsonNode versions = api.get(path + "/versions", token(dia)).assertStatus(200).json();
		assertThat(versions.valueStream().map(version -> version.get("version").asInt())).containsExactly(1, 2);
		assertThat(versions.get(0).get("title").asString()).isEqualTo("Spam and trust");
		assertThat(versions.get(1).get("revisedByName").asString()).isEqualTo("Name of " + ana);
		JsonNode diff = api.get(path + "/diff?from=1&to=2", token(dia)).assertStatus(200).json();
		assertThat(diff.get("lines").valueStream().map(line -> line.get("op").asString() + " " + line.get("text").asString()))
			.containsExactly("REMOVED Spam and trust", "ADDED Spam, trust and enforcement", "SAME Spam hurts trust.",
					"SAME We ask providers to filter it.", "ADDED Regulators enforce.");
		api.get(path + "/diff?from=1&to=9", token(dia)).assertProblem(404);

		JsonNode changed = position(path, dia,
				"{\"position\": \"SUPPORT_WITH_CONCERNS\", \"reason\": \"Dates are tight.\", \"anonymous\": true}");
		assertThat(changed.get("anonymous").asBoolean()).isTrue();

		JsonNode outcomeView = api.post(path + "/publish", token(ana), "").assertStatus(200).json();
		assertThat(outcomeView.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(outcomeView.get("commentWindow").get("open").asBoolean()).isFalse();
		JsonNode publicView = api.get(path).assertStatus(200).json();
		assertThat(publicView.get("record").asString()).isEqualTo(
				"Supported by 2 members from 2 stakeholder groups (1 with concerns); 1 dissent (see annex).");
		JsonNode tally = publicView.get("tally");
		assertThat(tally.get("byPosition").get("SUPPORT").asInt()).isEqualTo(1);
		assertThat(tally.get("byPosition").get("SUPPORT_WITH_CONCERNS").asInt()).isEqualTo(1);
		assertThat(tally.get("byPosition").get("ABSTAIN").asInt()).as("dia changed her position").isZero();
		assertThat(tally.get("byPosition").get("DISSENT").asInt()).isEqualTo(1);
		assertThat(tally.get("byStakeholderGroup").get("GOVERNMENT").get("SUPPORT").asInt()).isEqualTo(1);
		assertThat(tally.get("byStakeholderGroup").get("CIVIL_SOCIETY").get("DISSENT").asInt()).isEqualTo(1);
		assertThat(tally.get("byStakeholderGroup").get("PRIVATE_SECTOR").get("SUPPORT_WITH_CONCERNS").asInt())
			.isEqualTo(1);
		JsonNode annex = publicView.get("annex");
		assertThat(annex).hasSize(2);
		assertThat(annex.get(0).get("position").asString()).isEqualTo("DISSENT");
		assertThat(annex.get(0).get("reason").asString()).isEqualTo("Too weak on enforcement.");
		assertThat(annex.get(0).get("authorName").asString()).isEqualTo("Name of " + cal);
		assertThat(annex.get(1).get("position").asString()).isEqualTo("SUPPORT_WITH_CONCERNS");
		assertThat(annex.get(1).get("stakeholderGroup").asString()).isEqualTo("PRIVATE_SECTOR");
		assertThat(annex.get(1).get("authorName").isNull()).as("anonymous, as dia chose").isTrue();
		assertThat(api.get(path).body()).doesNotContain(dia);
		assertThat(api.get(path + "/comments").assertStatus(200).json()).as("public with the outcome").hasSize(2);

		JsonNode refused = api.put(path + "/position", token(ben), "{\"position\": \"DISSENT\", \"reason\": \"Late.\"}")
			.assertProblem(409);
		assertThat(refused.get("detail").asString()).startsWith("The comment window closed at");
		api.post(path + "/comments", token(ben), "{\"text\": \"Late.\"}").assertProblem(409);
		api.put(path, token(ana), "{\"title\": \"Changed\", \"body\": \"\"}").assertProblem(409);

		assertThat(eventsOf(outcome, "position-recorded", 4)).hasSize(4);
		assertThat(eventsOf(outcome, "outcome-revised", 1)).singleElement()
			.satisfies(record -> assertThat(EventProbe.value(record)).contains("\"version\":2"));
		assertThat(eventsOf(outcome, "comment-window-closed", 1)).singleElement()
			.satisfies(record -> assertThat(EventProbe.value(record)).contains("\"reason\":\"PUBLISHED\""));
		assertThat(eventsOf(outcome, "outcome-published", 1)).singleElement()
			.satisfies(record -> assertThat(EventProbe.value(record)).contains("\"commentWindowHeld\":true")
				.contains("\"DISSENT\":1"));
	}

	@Test
	void anExpiredWindowIsClosedOnceByTwoSweepsAndRefusesPositionsAndPublishingWithoutOneSaysSo() throws Exception {
		String coalition = coalitionWith(List.of(ben, "GOVERNMENT"));
		String outcome = draft(coalition, "Short round", "Text.");
		String path = "/api/coalitions/" + coalition + "/outcomes/" + outcome;
		Instant closesAt = Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		api.post(path + "/comment-window", token(ana), "{\"closesAt\": \"" + closesAt + "\"}").assertStatus(200);
		Ports.await("the window's time to pass", Duration.ofSeconds(10), () -> Instant.now().isAfter(closesAt));

		JsonNode refused = api.put(path + "/position", token(ben), "{\"position\": \"SUPPORT\"}").assertProblem(409);
		assertThat(refused.get("detail").asString()).isEqualTo("The comment window closed at " + closesAt + ".");
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture.allOf(CompletableFuture.runAsync(rounds::sweep, two),
					CompletableFuture.runAsync(rounds::sweep, two)).get();
		}
		finally {
			two.shutdown();
		}
		rounds.sweep();
		assertThat(eventsOf(outcome, "comment-window-closed", 1)).singleElement()
			.satisfies(record -> assertThat(EventProbe.value(record)).contains("\"reason\":\"EXPIRED\""));
		assertThat(published.settle(record -> matches(record, outcome, "comment-window-closed"), Duration.ofSeconds(2)))
			.as("once, whoever swept").hasSize(1);

		JsonNode afterwards = api.post(path + "/publish", token(ana), "").assertStatus(200).json();
		assertThat(afterwards.get("record").asString())
			.isEqualTo("No member took a position during the comment window.");

		String plain = draft(coalition, "No round", "Text.");
		JsonNode withoutWindow = api.post("/api/coalitions/" + coalition + "/outcomes/" + plain + "/publish", token(ana),
				"").assertStatus(200).json();
		assertThat(withoutWindow.get("record").asString()).isEqualTo("Published without a comment window.");
		assertThat(withoutWindow.get("commentWindowHeld").asBoolean()).isFalse();
		assertThat(withoutWindow.get("tally").isNull()).isTrue();
	}

	@Test
	void sevenMembersTakingPositionsAtOnceAreAllRecorded() throws Exception {
		List<String> members = IntStream.range(0, 7).mapToObj(i -> "m" + i + "-" + run).toList();
		String coalition = coalitionWith(members.stream().map(member -> List.of(member, "TECHNICAL_COMMUNITY")).toList()
			.toArray(List[]::new));
		String outcome = draft(coalition, "Busy round", "Text.");
		String path = "/api/coalitions/" + coalition + "/outcomes/" + outcome;
		api.post(path + "/comment-window", token(ana),
				"{\"closesAt\": \"" + Instant.now().plus(Duration.ofDays(3)) + "\"}").assertStatus(200);

		ExecutorService seven = Executors.newFixedThreadPool(7);
		try {
			List<CompletableFuture<ApiResponse>> answers = members.stream()
				.map(member -> CompletableFuture.supplyAsync(
						() -> api.put(path + "/position", token(member), "{\"position\": \"SUPPORT\"}"), seven))
				.toList();
			List<CompletableFuture<ApiResponse>> comments = members.stream()
				.map(member -> CompletableFuture.supplyAsync(
						() -> api.post(path + "/comments", token(member), "{\"text\": \"Agreed.\"}"), seven))
				.toList();
			assertThat(answers.stream().map(answer -> answer.join().statusCode())).containsOnly(200).hasSize(7);
			assertThat(comments.stream().map(answer -> answer.join().statusCode())).containsOnly(201).hasSize(7);
		}
		finally {
			seven.shutdown();
		}
		JsonNode tally = api.get(path + "/tally", token(members.get(0))).assertStatus(200).json();
		assertThat(tally.get("total").asInt()).isEqualTo(7);
		assertThat(tally.get("byStakeholderGroup").get("TECHNICAL_COMMUNITY").get("SUPPORT").asInt()).isEqualTo(7);
	}

	/** A coalition proposed by ana, with the given members ([id, stakeholder group]) joined. */
	@SafeVarargs
	private String coalitionWith(List<String>... members) {
		String id = api.post("/api/coalitions", token(ana), """
				{"name": "Coalition on rounds %s", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES", "summary": "Rounds.",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.", "contactPersons": ["Contact Person"]},
				 "joinPolicy": "OPEN"}""".formatted(run)).assertStatus(201).json().get("id").asString();
		for (List<String> member : members) {
			events.publish(new MemberJoined(id, member.get(0), "Name of " + member.get(0), member.get(1), "KE", "MEMBER"),
					member.get(0));
		}
		awaitRole(id, ana, Role.COORDINATOR);
		for (List<String> member : members) {
			awaitRole(id, member.get(0), Role.MEMBER);
		}
		return id;
	}

	private String draft(String coalition, String title, String body) {
		return api.post("/api/coalitions/" + coalition + "/outcomes", token(ana),
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"" + title + "\", \"body\": \"" + body.replace("\n", "\\n")
						+ "\"}")
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private JsonNode position(String path, String member, String body) {
		return api.put(path + "/position", token(member), body).assertStatus(200).json();
	}

	private List<ConsumerRecord<String, byte[]>> eventsOf(String outcome, String type, int count) {
		return published.await(record -> matches(record, outcome, type), count, Duration.ofSeconds(30));
	}

	private static boolean matches(ConsumerRecord<String, byte[]> record, String outcome, String type) {
		String ceType = EventProbe.header(record, "ce_type");
		return ceType != null && ceType.contains("." + type + ".") && EventProbe.value(record).contains(outcome);
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private static String token(String user) {
		return TestTokens.of(user, "Name of " + user);
	}
}
