package org.coalitions.coalition.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download my data", coalition-service's part, over HTTP against the real broker and store: a member's posts with
 * their earlier texts and hiding, comments, an anonymous position and a suspension; a proposer's coalition,
 * statement (only the contact entry naming them), opening post and outcome; and nothing of the other person.
 */
@ApiIntegrationTest("coalition-service")
class MyDataIntegrationTests {

	ApiClient api;

	@Autowired
	Rosters rosters;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String ana = "ana-" + run;

	final String ben = "ben-" + run;

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void holdsWhatThePersonDidAndNothingOfAnotherPerson() {
		String coalition = api.post("/api/coalitions", token(ana), """
				{"name": "Coalition on exports %s", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES", "summary": "Exports.",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.",
				  "contactPersons": ["Name of %s", "Someone Else %s"]},
				 "joinPolicy": "OPEN"}""".formatted(run, ana, run)).assertStatus(201).json().get("id").asString();
		events.publish(new MemberJoined(coalition, ben, "Name of " + ben, "CIVIL_SOCIETY", "KE", "MEMBER"), ben);
		awaitRole(coalition, ana, Role.COORDINATOR);
		awaitRole(coalition, ben, Role.MEMBER);
		String base = "/api/coalitions/" + coalition;
		String thread = api.post(base + "/threads", token(ana), "{\"title\": \"House rules\", \"body\": \"Be kind.\"}")
			.assertStatus(201).json().get("id").asString();
		String reply = api.post(base + "/threads/" + thread + "/replies", token(ben), "{\"body\": \"Draft one.\"}")
			.assertStatus(201).json().get("postId").asString();
		String post = base + "/threads/" + thread + "/posts/" + reply;
		api.put(post, token(ben), "{\"body\": \"Draft two.\"}", "If-Match", "\"1\"").assertStatus(200);
		api.post(post + "/hide", token(ana), "{\"reason\": \"Off topic\"}").assertStatus(200);
		String outcome = api.post(base + "/outcomes", token(ana),
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"Export rules\", \"body\": \"We export.\"}")
			.assertStatus(201).json().get("id").asString();
		String round = base + "/outcomes/" + outcome;
		api.post(round + "/comment-window", token(ana),
				"{\"closesAt\": \"" + Instant.now().plus(Duration.ofDays(14)) + "\"}").assertStatus(200);
		api.post(round + "/comments", token(ben), "{\"text\": \"Add a date.\"}").assertStatus(201);
		api.put(round + "/position", token(ben), "{\"position\": \"SUPPORT\", \"anonymous\": true}").assertStatus(200);
		api.put(base + "/suspensions/" + ben, token(ana),
				"{\"until\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\", \"reason\": \"Cool down\"}")
			.assertStatus(200);

		ApiResponse bens = api.get("/api/people/me/data", token(ben)).assertStatus(200);
		JsonNode data = bens.json();
		assertThat(data.get("service").asString()).isEqualTo("coalition-service");
		assertThat(data.get("generatedAt").asString()).isNotBlank();
		assertThat(data.get("personId").asString()).isEqualTo(ben);
		assertThat(data.get("coalitionsProposed")).isEmpty();
		assertThat(data.get("posts")).singleElement().satisfies(mine -> {
			assertThat(mine.get("threadTitle").asString()).isEqualTo("House rules");
			assertThat(mine.get("coalitionName").asString()).isEqualTo("Coalition on exports " + run);
			assertThat(mine.get("body").asString()).isEqualTo("Draft two.");
			assertThat(mine.get("revision").asInt()).isEqualTo(2);
			assertThat(mine.get("earlierVersions").get(0).get("body").asString()).isEqualTo("Draft one.");
			assertThat(mine.get("hidden").get("reason").asString()).isEqualTo("Off topic");
		});
		assertThat(data.get("outcomeComments")).singleElement().satisfies(comment -> {
			assertThat(comment.get("text").asString()).isEqualTo("Add a date.");
			assertThat(comment.get("outcomeTitle").asString()).isEqualTo("Export rules");
		});
		assertThat(data.get("positions")).singleElement().satisfies(position -> {
			assertThat(position.get("position").asString()).isEqualTo("SUPPORT");
			assertThat(position.get("anonymous").asBoolean()).as("theirs all the same").isTrue();
		});
		assertThat(data.get("postingSuspensions")).singleElement()
			.satisfies(suspension -> assertThat(suspension.get("reason").asString()).isEqualTo("Cool down"));
		assertThat(bens.body()).doesNotContain("Be kind.")
			.doesNotContain(ana + "@coalitions.example")
			.doesNotContain("Someone Else");

		ApiResponse anas = api.get("/api/people/me/data", token(ana)).assertStatus(200);
		JsonNode hers = anas.json();
		assertThat(hers.get("coalitionsProposed")).singleElement()
			.satisfies(proposed -> assertThat(proposed.get("coalitionId").asString()).isEqualTo(coalition));
		assertThat(hers.get("statementsWritten")).singleElement()
			.satisfies(statement -> assertThat(statement.get("contactEntriesAboutThem").valueStream()
				.map(JsonNode::asString)).containsExactly("Name of " + ana));
		assertThat(hers.get("posts")).singleElement().satisfies(opening -> {
			assertThat(opening.get("openingPost").asBoolean()).isTrue();
			assertThat(opening.get("body").asString()).isEqualTo("Be kind.");
		});
		assertThat(hers.get("outcomesWritten")).singleElement()
			.satisfies(written -> assertThat(written.get("title").asString()).isEqualTo("Export rules"));
		assertThat(hers.get("positions")).isEmpty();
		assertThat(anas.body()).doesNotContain("Draft two.")
			.doesNotContain("Add a date.")
			.doesNotContain("Someone Else")
			.doesNotContain(ben + "@coalitions.example");
		Ports.await("ana's acts in the audit trail", Duration.ofSeconds(30),
				() -> api.get("/api/people/me/data", token(ana)).json().get("auditTrail").size() > 0);
	}

	@Test
	void onlyASignedInPersonDownloads() {
		assertThat(api.send("GET", "/api/people/me/data", null, null).statusCode()).isEqualTo(401);
		JsonNode nobody = api.get("/api/people/me/data", token("nobody-" + run)).assertStatus(200).json();
		assertThat(nobody.get("posts")).isEmpty();
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private static String token(String user) {
		return TestTokens.of(user, "Name of " + user);
	}
}
