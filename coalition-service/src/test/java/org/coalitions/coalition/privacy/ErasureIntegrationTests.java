package org.coalitions.coalition.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.PersonErased;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PersonErased}, coalition-service's part, against the real broker and store: a member who posted, edited,
 * was mentioned, commented and took a position is erased; no collection keeps their name, their posts keep their
 * text as "a former member"'s, and the other person's data stays.
 */
@ApiIntegrationTest("coalition-service")
class ErasureIntegrationTests {

	ApiClient api;

	@Autowired
	Rosters rosters;

	@Autowired
	MongoTemplate mongo;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String ana = "ana-" + run;

	final String ben = "ben-" + run;

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void noCollectionKeepsTheNameOfAnErasedMemberAndTheirPostsStayAsAFormerMembers() {
		String bensName = "Name of " + ben;
		String coalition = api.post("/api/coalitions", token(ana), """
				{"name": "Coalition on forgetting %s", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES", "summary": "Forget.",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.", "contactPersons": ["Name of %s"]},
				 "joinPolicy": "OPEN"}""".formatted(run, ana)).assertStatus(201).json().get("id").asString();
		events.publish(new MemberJoined(coalition, ben, bensName, "CIVIL_SOCIETY", "KE", "MEMBER"), ben);
		awaitRole(coalition, ana, Role.COORDINATOR);
		awaitRole(coalition, ben, Role.MEMBER);
		String base = "/api/coalitions/" + coalition;
		String thread = api.post(base + "/threads", token(ben), "{\"title\": \"Retention\", \"body\": \"Thirty days.\"}")
			.assertStatus(201).json().get("id").asString();
		String reply = api.post(base + "/threads/" + thread + "/replies", token(ben), "{\"body\": \"Draft one.\"}")
			.assertStatus(201).json().get("postId").asString();
		api.put(base + "/threads/" + thread + "/posts/" + reply, token(ben), "{\"body\": \"Draft two.\"}", "If-Match",
				"\"1\"").assertStatus(200);
		api.post(base + "/threads/" + thread + "/replies", token(ana),
				"{\"body\": \"Agreed with @" + bensName + ", thanks " + bensName + ".\"}").assertStatus(201);
		String outcome = api.post(base + "/outcomes", token(ana),
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"Retention rules\", \"body\": \"We forget.\"}")
			.assertStatus(201).json().get("id").asString();
		String round = base + "/outcomes/" + outcome;
		api.post(round + "/comment-window", token(ana),
				"{\"closesAt\": \"" + Instant.now().plus(Duration.ofDays(14)) + "\"}").assertStatus(200);
		api.post(round + "/comments", token(ben), "{\"text\": \"Add a date.\"}").assertStatus(201);
		api.put(round + "/position", token(ben), "{\"position\": \"SUPPORT\", \"anonymous\": false}").assertStatus(200);
		Ports.await("the audit trail naming ben", Duration.ofSeconds(30), () -> everything().contains(bensName));

		events.publish(new PersonErased(ben), ben);

		Ports.await("no collection naming ben", Duration.ofSeconds(30), () -> !everything().contains(bensName));
		JsonNode read = api.get(base + "/threads/" + thread, token(ana)).assertStatus(200).json();
		assertThat(read.toString()).doesNotContain(bensName)
			.contains("Thirty days.", "Draft two.", "a former member", "Agreed with a former member, thanks a former member.");
		assertThat(everything()).as("the other person's data stays").contains("Name of " + ana);
		assertThat(mongo.getDb().getCollection("outcome_positions").find(new Document("memberId", ben)))
			.as("the position stays, counted, anonymous")
			.singleElement()
			.satisfies(position -> assertThat(position.getBoolean("anonymous")).isTrue());
	}

	private String everything() {
		List<String> all = new ArrayList<>();
		for (String collection : mongo.getDb().listCollectionNames()) {
			mongo.getDb().getCollection(collection).find().forEach((Document document) -> all.add(document.toJson()));
		}
		return String.join("\n", all);
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private static String token(String user) {
		return TestTokens.of(user, "Name of " + user);
	}
}
