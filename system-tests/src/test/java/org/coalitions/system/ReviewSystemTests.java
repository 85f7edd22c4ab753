package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's review on the whole stack with real Keycloak tokens: a proposal is sent back for changes,
 * revised and resubmitted, approved, and becomes ACTIVE once members from three stakeholder groups joined; a
 * declined proposal takes no posts and no members.
 */
@ExtendWith(SharedLocalStack.class)
class ReviewSystemTests {

	static final Duration WAIT = Duration.ofSeconds(60);

	static final String STATEMENT = """
			{"rationale": "Nobody else brings these groups together.", "actionPlan": "Two open meetings and a report.",
			 "contactPersons": ["%s"]}""";

	final LocalStack stack;

	ReviewSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void changesRequestedThenResubmittedThenApprovedThenActiveOnceBalanced() {
		String alice = stack.token("alice");
		String sam = stack.token("sam");
		String id = propose(alice, "Reviewed coalition " + UUID.randomUUID().toString().substring(0, 8), "Alice");

		assertThat(queueIds(sam)).contains(id);
		assertThat(stack.get(stack.url("COALITION", "/api/reviews"), alice).statusCode()).isEqualTo(403);
		assertThat(review(id, stack.token("bruno"), "{\"decision\": \"APPROVED\"}").statusCode())
			.as("only the secretariat reviews")
			.isEqualTo(403);
		assertThat(review(id, sam, "{\"decision\": \"CHANGES_REQUESTED\"}").statusCode()).as("no message")
			.isEqualTo(400);
		HttpResponse<String> sentBack = review(id, sam,
				"{\"decision\": \"CHANGES_REQUESTED\", \"message\": \"Name a second contact person.\"}");
		assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(200);
		assertThat(coalition(id).get("review").get("state").asString()).isEqualTo("CHANGES_REQUESTED");

		// the proposer is a coordinator in coalition-service once its roster read the proposal
		Ports.await("alice revises the statement", WAIT,
				() -> stack.request("PUT", stack.url("COALITION", "/api/coalitions/" + id + "/statement"), alice,
						STATEMENT.formatted("Alice\", \"Bruno"), Map.of()).statusCode() == 200);
		JsonNode versions = LocalStack
			.json(stack.get(stack.url("COALITION", "/api/coalitions/" + id + "/statement/versions"), null).body());
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
		assertThat(versions.get(0).get("contactPersons").size()).isEqualTo(2);
		HttpResponse<String> resubmitted = stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/resubmit"),
				alice, "");
		assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
		assertThat(queueIds(sam)).contains(id);

		HttpResponse<String> approved = review(id, sam, "{\"decision\": \"APPROVED\"}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(coalition(id).get("status").asString()).as("approved, not balanced yet").isEqualTo("PROPOSED");

		for (String member : new String[] { "bruno", "chen" }) {
			String token = stack.token(member);
			stack.get(stack.url("MEMBERSHIP", "/api/me"), token);
			Ports.await(member + " joins", WAIT, () -> stack
				.post(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"), token, "{}")
				.statusCode() == 201);
		}
		Ports.await("ACTIVE once three stakeholder groups are members", WAIT,
				() -> "ACTIVE".equals(coalition(id).get("status").asString()));
		JsonNode active = coalition(id);
		assertThat(active.get("activation").valueStream().allMatch(check -> check.get("met").asBoolean())).isTrue();
		assertThat(active.get("principles").valueStream().map(check -> check.get("principle").asString()))
			.containsExactly("OPEN_MEMBERSHIP", "OPEN_ARCHIVE", "STAKEHOLDER_GROUPS", "CONTACT_PERSON", "ANNUAL_REPORT");
		assertThat(queueIds(sam)).doesNotContain(id);
	}

	@Test
	void aDeclinedProposalCannotBePostedInNorJoined() {
		String dana = stack.token("dana");
		String sam = stack.token("sam");
		String id = propose(dana, "Declined coalition " + UUID.randomUUID().toString().substring(0, 8), "Dana");
		assertThat(review(id, sam, "{\"decision\": \"DECLINED\"}").statusCode()).as("no reason").isEqualTo(400);
		HttpResponse<String> declined = review(id, sam, "{\"decision\": \"DECLINED\", \"message\": \"Out of scope.\"}");
		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
		assertThat(coalition(id).get("status").asString()).isEqualTo("DECLINED");

		// dana is its coordinator, and still may not post: the proposal was declined
		Ports.await("dana's post refused as declined", WAIT, () -> {
			HttpResponse<String> post = stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/threads"), dana,
					"{\"title\": \"Anyway\", \"body\": \"Shall we?\"}");
			return post.statusCode() == 409
					&& post.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
		});
		String emeka = stack.token("emeka");
		stack.get(stack.url("MEMBERSHIP", "/api/me"), emeka);
		Ports.await("joining refused once membership-service knows it was declined", WAIT, () -> stack
			.post(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"), emeka, "{}")
			.statusCode() == 409);
		assertThat(review(id, sam, "{\"decision\": \"APPROVED\"}").statusCode()).as("declined is final")
			.isEqualTo(409);
	}

	private String propose(String token, String name, String contact) {
		HttpResponse<String> created = stack.post(stack.url("COALITION", "/api/coalitions"), token, """
				{"name": "%s", "theme": "OTHER", "themeName": "Review", "summary": "Reviewed by the secretariat.",
				 "joinPolicy": "OPEN", "statement": %s}""".formatted(name, STATEMENT.formatted(contact)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode coalition = LocalStack.json(created.body());
		assertThat(coalition.get("review").get("state").asString()).isEqualTo("AWAITING_REVIEW");
		return coalition.get("id").asString();
	}

	private HttpResponse<String> review(String id, String token, String body) {
		return stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/review"), token, body);
	}

	private JsonNode coalition(String id) {
		return LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions/" + id), null).body());
	}

	private java.util.List<String> queueIds(String token) {
		HttpResponse<String> queue = stack.get(stack.url("COALITION", "/api/reviews"), token);
		assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
		return LocalStack.json(queue.body()).valueStream().map(item -> item.get("id").asString()).toList();
	}
}
