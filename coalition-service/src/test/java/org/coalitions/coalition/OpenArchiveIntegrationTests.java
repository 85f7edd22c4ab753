package org.coalitions.coalition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * The forum's open archives through coalition-service's API: without a token anyone reads a coalition, its
 * threads with their replies, its meetings with agenda and minutes and its published outcomes (drafts stay with
 * the members), also once it is closed; the answers carry no address, although every token that wrote them
 * carried one. Taking part still needs sign-in and membership.
 */
@ApiIntegrationTest("coalition-service")
class OpenArchiveIntegrationTests {

	/** What {@link TestTokens} puts in every token's email claim. */
	static final String MAIL_DOMAIN = "@coalitions.example";

	ApiClient api;

	@Autowired
	Rosters rosters;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void anyoneReadsThreadsMeetingsAndPublishedOutcomesWithoutAnAddressInThem() {
		String id = propose("Coalition on Open Archives", "alice");
		awaitRole(id, "alice", Role.COORDINATOR);
		events.publish(new MemberJoined(id, "bruno", "Bruno", "GOVERNMENT", "BR", "MEMBER"), "bruno");
		awaitRole(id, "bruno", Role.MEMBER);

		String thread = post("/api/coalitions/" + id + "/threads", "bruno",
				"{\"title\": \"Which archives?\", \"body\": \"Lists, minutes, papers.\"}").assertStatus(201)
			.json()
			.get("id")
			.asString();
		post("/api/coalitions/" + id + "/threads/" + thread + "/replies", "alice", "{\"body\": \"All of them.\"}")
			.assertStatus(201);
		String meeting = post("/api/coalitions/" + id + "/meetings", "alice", """
				{"title": "Open meeting", "startsAt": "2024-03-01T14:00:00", "timeZone": "Europe/Zurich",
				 "agenda": "Archive policy"}""").assertStatus(201).json().get("id").asString();
		api.put("/api/coalitions/" + id + "/meetings/" + meeting + "/minutes", token("alice"),
				"{\"minutes\": \"Agreed: everything stays public.\"}").assertStatus(200);
		String published = draft(id, "Archive principles");
		post("/api/coalitions/" + id + "/outcomes/" + published + "/publish", "alice", null).assertStatus(200);
		String draft = draft(id, "Unfinished thoughts");

		assertOpenArchive(id, thread, meeting, published, draft);

		// a visitor, or a signed-in person who is not a member, may read but not take part
		assertThat(anonymous("POST", "/api/coalitions/" + id + "/threads", "{\"title\": \"t\", \"body\": \"b\"}")
			.statusCode()).isEqualTo(401);
		assertThat(anonymous("POST", "/api/coalitions/" + id + "/threads/" + thread + "/replies", "{\"body\": \"b\"}")
			.statusCode()).isEqualTo(401);
		assertThat(anonymous("PUT", "/api/coalitions/" + id + "/meetings/" + meeting + "/minutes",
				"{\"minutes\": \"m\"}").statusCode()).isEqualTo(401);
		assertThat(api.get("/api/coalitions/" + id + "/threads", token("emeka")).statusCode()).isEqualTo(200);
		assertThat(post("/api/coalitions/" + id + "/threads/" + thread + "/replies", "emeka", "{\"body\": \"Me too\"}")
			.statusCode()).as("reading is open, replying is for members").isEqualTo(403);

		// a closed coalition's archive stays open
		post("/api/coalitions/" + id + "/close", "alice", "{\"reason\": \"Work done\"}").assertStatus(200);
		assertOpenArchive(id, thread, meeting, published, draft);
	}

	@Test
	void anUnknownCoalitionOrThreadIsNotFoundForVisitorsToo() {
		anonymous("GET", "/api/coalitions/no-such-coalition/threads", null).assertProblem(404);
		anonymous("GET", "/api/coalitions/no-such-coalition/meetings", null).assertProblem(404);
		String id = propose("Coalition on Empty Archives", "dana");
		anonymous("GET", "/api/coalitions/" + id + "/threads/no-such-thread", null).assertProblem(404);
		anonymous("GET", "/api/coalitions/" + id + "/meetings/no-such-meeting", null).assertProblem(404);
		assertThat(anonymous("GET", "/api/coalitions/" + id + "/threads?size=0", null).assertProblem(400).toString())
			.contains("size");
	}

	private void assertOpenArchive(String id, String thread, String meeting, String published, String draft) {
		String base = "/api/coalitions/" + id;
		JsonNode threads = read(base + "/threads").json();
		assertThat(threads.get("total").asInt()).isEqualTo(1);
		JsonNode listed = threads.get("items").get(0);
		assertThat(listed.get("opening").get("body").asString()).isEqualTo("Lists, minutes, papers.");
		assertThat(listed.get("opening").get("authorName").asString()).isEqualTo("bruno");
		assertThat(listed.get("replies").valueStream().map(reply -> reply.get("body").asString()))
			.containsExactly("All of them.");
		assertThat(read(base + "/threads/" + thread).json().get("replies").size()).isEqualTo(1);

		JsonNode meetings = read(base + "/meetings").json();
		assertThat(meetings.size()).isEqualTo(1);
		assertThat(meetings.get(0).get("agenda").asString()).isEqualTo("Archive policy");
		assertThat(read(base + "/meetings/" + meeting).json().get("minutes").asString())
			.isEqualTo("Agreed: everything stays public.");

		assertThat(read(base + "/outcomes").json().valueStream().map(outcome -> outcome.get("id").asString()).toList())
			.as("published outcomes only").containsExactly(published);
		assertThat(read(base + "/outcomes/" + published).json().get("status").asString()).isEqualTo("PUBLISHED");
		anonymous("GET", base + "/outcomes/" + draft, null).assertProblem(404);

		assertThat(read(base).json().get("id").asString()).isEqualTo(id);
		assertThat(read("/api/coalitions?q=Archives&size=100").body()).contains(id);
	}

	/** An anonymous read that succeeds, checked for addresses in its raw JSON. */
	private ApiResponse read(String path) {
		ApiResponse answer = anonymous("GET", path, null).assertStatus(200);
		assertThat(answer.body()).as(path + " answers with no address").doesNotContain("@").doesNotContain(MAIL_DOMAIN);
		return answer;
	}

	private ApiResponse anonymous(String method, String path, String body) {
		return api.send(method, path, null, body);
	}

	private String propose(String name, String user) {
		// the statement is what a proposal carries since issue 13; a service that does not know it yet ignores it
		return post("/api/coalitions", user, """
				{"name": "%s", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES", "summary": "Open lists, open archives.",
				 "joinPolicy": "OPEN",
				 "statement": {"rationale": "Archives must stay open.", "actionPlan": "Keep them open.",
				               "contactPersons": ["%s"]}}""".formatted(name, user)).assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private String draft(String id, String title) {
		return post("/api/coalitions/" + id + "/outcomes", "alice",
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"" + title + "\", \"body\": \"Text.\"}").assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private ApiResponse post(String path, String user, String body) {
		return api.post(path, token(user), body);
	}

	private static String token(String user) {
		return TestTokens.sign(user, user, user + MAIL_DOMAIN, List.of(), Instant.now().plusSeconds(3600));
	}
}
