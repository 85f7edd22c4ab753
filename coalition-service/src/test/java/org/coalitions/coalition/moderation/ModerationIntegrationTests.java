package org.coalitions.coalition.moderation;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing and moderation through coalition-service's API on the real broker and store: only its author edits (from
 * the latest revision) or removes a post; earlier texts are read by the coalition's coordinators and the
 * secretariat only; coordinators hide a post with a reason (audited) and suspend a member's right to post, which
 * ends at its time or when lifted, while the member still reads.
 */
@ApiIntegrationTest("coalition-service")
class ModerationIntegrationTests {

	static final String SECRETARIAT = TestTokens.sign("sam", "Sam", "sam@coalitions.example", List.of("secretariat"),
			Instant.now().plusSeconds(3600));

	ApiClient api;

	@Autowired
	Rosters rosters;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	String coalition;

	String thread;

	String replyId;

	@BeforeEach
	void aCoalitionWithAThreadAndAReply() {
		coalition = post("/api/coalitions", "alice", """
				{"name": "Coalition on Civil Lists %s", "theme": "FREEDOM_OF_EXPRESSION", "summary": "Lists.",
				 "joinPolicy": "OPEN",
				 "statement": {"rationale": "Lists.", "actionPlan": "Talk.", "contactPersons": ["alice"]}}"""
			.formatted(System.nanoTime())).assertStatus(201).json().get("id").asString();
		awaitRole("alice", Role.COORDINATOR);
		events.publish(new MemberJoined(coalition, "bruno", "Bruno", "GOVERNMENT", "BR", "MEMBER"), "bruno");
		events.publish(new MemberJoined(coalition, "chen", "Chen", "CIVIL_SOCIETY", "CN", "MEMBER"), "chen");
		awaitRole("bruno", Role.MEMBER);
		awaitRole("chen", Role.MEMBER);
		thread = post(base() + "/threads", "alice", "{\"title\": \"House rules\", \"body\": \"Be kind.\"}")
			.assertStatus(201).json().get("id").asString();
		replyId = post(base() + "/threads/" + thread + "/replies", "bruno", "{\"body\": \"Draft one.\"}")
			.assertStatus(201).json().get("postId").asString();
	}

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void onlyTheAuthorEditsFromTheLatestRevisionAndOnlyModeratorsReadEarlierTexts() {
		String post = base() + "/threads/" + thread + "/posts/" + replyId;
		api.put(post, token("bruno"), "{\"body\": \"Draft two.\"}").assertProblem(428);
		api.put(post, token("chen"), "{\"body\": \"Mine now.\"}", "If-Match", "\"1\"").assertProblem(403);
		api.put(post, token("alice"), "{\"body\": \"Coordinator's words.\"}", "If-Match", "\"1\"").assertProblem(403);

		JsonNode edited = api.put(post, token("bruno"), "{\"body\": \"Draft two.\"}", "If-Match", "\"1\"")
			.assertStatus(200).json();
		assertThat(edited.get("revision").asInt()).isEqualTo(2);
		assertThat(edited.get("edited").asBoolean()).isTrue();
		assertThat(api.put(post, token("bruno"), "{\"body\": \"Draft three, from an old page.\"}", "If-Match", "\"1\"")
			.assertProblem(409).toString()).as("a stale edit loses nothing").contains("revision 2");

		JsonNode reply = reply(null);
		assertThat(reply.get("body").asString()).isEqualTo("Draft two.");
		assertThat(reply.get("edited").asBoolean()).as("shown as edited to everyone").isTrue();

		for (String reader : List.of(token("alice"), SECRETARIAT)) {
			assertThat(api.get(post + "/versions", reader).assertStatus(200).json().valueStream()
				.map(version -> version.get("body").asString())).containsExactly("Draft one.", "Draft two.");
		}
		api.get(post + "/versions", token("chen")).assertProblem(403);
		api.get(post + "/versions", token("bruno")).assertProblem(403);
		assertThat(api.send("GET", post + "/versions", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void onlyTheAuthorRemovesAPostAndAMarkStaysInTheThread() {
		String post = base() + "/threads/" + thread + "/posts/" + replyId;
		api.delete(post, token("alice")).assertProblem(403);
		api.delete(post, token("chen")).assertProblem(403);
		api.delete(post, token("bruno")).assertStatus(204);

		for (String reader : new String[] { null, token("alice"), SECRETARIAT }) {
			JsonNode reply = reply(reader);
			assertThat(reply.get("removed").asBoolean()).isTrue();
			assertThat(reply.get("body").isNull()).as("its text is gone for everyone").isTrue();
			assertThat(reply.get("authorName").asString()).isEqualTo("bruno");
		}
		assertThat(api.get(post + "/versions", token("alice")).assertStatus(200).json().size())
			.as("and its earlier texts with it").isZero();
		api.put(post, token("bruno"), "{\"body\": \"Back.\"}", "If-Match", "\"1\"").assertProblem(409);
	}

	@Test
	void coordinatorsHideAPostWithAReasonWhichTheAuditTrailKeeps() {
		String post = base() + "/threads/" + thread + "/posts/" + replyId;
		api.post(post + "/hide", token("chen"), "{\"reason\": \"I dislike it\"}").assertProblem(403);
		api.post(post + "/hide", token("bruno"), "{\"reason\": \"Mine\"}").assertProblem(403);
		api.post(post + "/hide", token("alice"), "{}").assertInvalid("reason");
		api.post(post + "/hide", token("alice"), "{\"reason\": \"Personal attack on a member\"}").assertStatus(200);
		api.post(post + "/hide", token("alice"), "{\"reason\": \"Again\"}").assertProblem(409);

		for (String member : new String[] { null, token("chen") }) {
			JsonNode reply = reply(member);
			assertThat(reply.get("hidden").asBoolean()).isTrue();
			assertThat(reply.get("body").isNull()).as("members no longer see its text").isTrue();
			assertThat(reply.get("hiddenReason").isNull()).isTrue();
		}
		for (String moderator : List.of(token("alice"), SECRETARIAT, token("bruno"))) {
			JsonNode reply = reply(moderator);
			assertThat(reply.get("body").asString()).isEqualTo("Draft one.");
			assertThat(reply.get("hiddenReason").asString()).isEqualTo("Personal attack on a member");
		}

		Ports.await("the hiding in the audit trail", Duration.ofSeconds(30),
				() -> api.get(base() + "/audit?size=50", SECRETARIAT).body().contains("Personal attack on a member"));
		JsonNode entry = api.get(base() + "/audit?size=50", SECRETARIAT)
			.json()
			.get("items")
			.valueStream()
			.filter(item -> item.toString().contains("hidden: Personal attack"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.toString()).as("who").contains("alice");

		api.post(post + "/unhide", token("chen"), null).assertProblem(403);
		api.post(post + "/unhide", token("alice"), null).assertStatus(200);
		assertThat(reply(null).get("body").asString()).isEqualTo("Draft one.");
	}

	@Test
	void aSuspendedMemberReadsButCannotPostUntilTheSuspensionEndsOrIsLifted() {
		String suspensions = base() + "/suspensions";
		// long enough for the checks below on a loaded machine (2 s ran out before them twice), short enough to wait for
		String shortly = "{\"until\": \"" + Instant.now().plusSeconds(15) + "\", \"reason\": \"Cool down\"}";
		api.put(suspensions + "/bruno", token("chen"), shortly).assertProblem(403);
		api.put(suspensions + "/bruno", token("bruno"), shortly).assertProblem(403);
		api.put(suspensions + "/alice", token("alice"), shortly).assertProblem(422);
		api.put(suspensions + "/emeka", token("alice"), shortly).assertProblem(422);
		api.put(suspensions + "/bruno", token("alice"),
				"{\"until\": \"" + Instant.now().plus(Duration.ofDays(400)) + "\", \"reason\": \"Long\"}")
			.assertProblem(422);
		api.put(suspensions + "/bruno", token("alice"), "{\"until\": \"" + Instant.now().minusSeconds(60)
				+ "\", \"reason\": \"Past\"}").assertProblem(422);
		api.put(suspensions + "/bruno", token("alice"), "{\"reason\": \"When?\"}").assertInvalid("until");

		api.put(suspensions + "/bruno", token("alice"), shortly).assertStatus(200);
		assertThat(api.post(base() + "/threads/" + thread + "/replies", token("bruno"), "{\"body\": \"Still here\"}")
			.assertProblem(403).toString()).contains("suspended until");
		api.post(base() + "/threads", token("bruno"), "{\"title\": \"New\", \"body\": \"Text\"}").assertProblem(403);
		api.put(base() + "/threads/" + thread + "/posts/" + replyId, token("bruno"), "{\"body\": \"Edited\"}",
				"If-Match", "\"1\"").assertProblem(403);
		assertThat(reply(token("bruno")).get("body").asString()).as("still reads").isEqualTo("Draft one.");
		assertThat(rosters.roleOf(coalition, "bruno")).as("still a member").contains(Role.MEMBER);
		assertThat(api.get(suspensions, token("alice")).assertStatus(200).json().get(0).get("memberId").asString())
			.isEqualTo("bruno");
		api.get(suspensions, token("chen")).assertProblem(403);

		Ports.await("the suspension to end by itself", Duration.ofSeconds(45),
				() -> api.post(base() + "/threads/" + thread + "/replies", token("bruno"), "{\"body\": \"Back\"}")
					.statusCode() == 201);
		assertThat(api.get(suspensions, token("alice")).json().size()).isZero();

		api.put(suspensions + "/chen", token("alice"),
				"{\"until\": \"" + Instant.now().plus(Duration.ofDays(30)) + "\", \"reason\": \"Spam\"}")
			.assertStatus(200);
		api.post(base() + "/threads/" + thread + "/replies", token("chen"), "{\"body\": \"Buy now\"}").assertProblem(403);
		api.delete(suspensions + "/chen", token("chen")).assertProblem(403);
		api.delete(suspensions + "/chen", token("alice")).assertStatus(204);
		api.delete(suspensions + "/chen", token("alice")).assertProblem(409);
		api.post(base() + "/threads/" + thread + "/replies", token("chen"), "{\"body\": \"Sorry\"}").assertStatus(201);
	}

	private JsonNode reply(String reader) {
		JsonNode found = api.send("GET", base() + "/threads/" + thread, reader, null).assertStatus(200).json();
		return found.get("replies")
			.valueStream()
			.filter(reply -> reply.get("postId").asString().equals(replyId))
			.findFirst()
			.orElseThrow();
	}

	private String base() {
		return "/api/coalitions/" + coalition;
	}

	private void awaitRole(String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalition, user).orElse(null) == role);
	}

	private ApiResponse post(String path, String user, String body) {
		return api.post(path, token(user), body);
	}

	private static String token(String user) {
		return TestTokens.sign(user, user, user + "@coalitions.example", List.of(), Instant.now().plusSeconds(3600));
	}
}
