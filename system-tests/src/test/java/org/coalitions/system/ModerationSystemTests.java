package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing and moderation on the local stack, through the front door with real Keycloak tokens: a member edits
 * their post, a coordinator hides it with a reason, the author finds the reason in a mail, the coordinator
 * suspends the author's right to post, who is refused a reply (saying until when) but still reads and may leave.
 */
@ExtendWith(SharedLocalStack.class)
class ModerationSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	ModerationSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void anEditedPostIsHiddenWithAReasonTheAuthorIsMailedThenSuspendedAndRefusedButStillReadsAndLeaves()
			throws Exception {
		String alice = stack.token("alice");
		String emeka = stack.token("emeka");
		stack.get(web("/api/me"), alice);
		stack.get(web("/api/me"), emeka);
		String name = "Moderated Coalition on Lists " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> proposed = stack.post(web("/api/coalitions"), alice, """
				{"name": "%s", "theme": "FREEDOM_OF_EXPRESSION", "summary": "Civil lists.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Lists need rules.", "actionPlan": "Keep them civil.",
				 "contactPersons": ["Alice"]}}""".formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String base = "/api/coalitions/" + LocalStack.json(proposed.body()).get("id").asString();
		Ports.await("emeka may join " + name, EVENTUALLY,
				() -> stack.post(web(base + "/members"), emeka, "{}").statusCode() == 201);
		String thread = "{\"title\": \"List rules\", \"body\": \"Whoever disagrees is a fool.\"}";
		JsonNode started = LocalStack.json(awaitStatus("emeka may post in " + name, 201,
				() -> stack.post(web(base + "/threads"), emeka, thread)).body());
		String threadPath = base + "/threads/" + started.get("id").asString();
		String post = threadPath + "/posts/" + started.get("opening").get("postId").asString();

		HttpResponse<String> edited = stack.request("PUT", web(post), emeka,
				"{\"body\": \"Whoever disagrees is quite wrong.\"}", Map.of("If-Match", "\"1\""));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(LocalStack.json(edited.body()).get("edited").asBoolean()).isTrue();

		String reason = "Calling members names breaks the list's rules";
		HttpResponse<String> hidden = stack.post(web(post + "/hide"), alice, "{\"reason\": \"" + reason + "\"}");
		assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
		JsonNode shown = LocalStack.json(stack.get(web(threadPath), null).body()).get("opening");
		assertThat(shown.get("hidden").asBoolean()).isTrue();
		assertThat(shown.get("body").isNull()).as("its text is no longer public").isTrue();
		assertThat(LocalStack.json(stack.get(web(post + "/versions"), alice).body()).size()).as("alice reads both texts")
			.isEqualTo(2);

		MimeMessage mail = new Mailboxes(stack).awaitMail("emeka@coalitions.example",
				subject -> subject.contains("was hidden") && subject.contains(name), EVENTUALLY);
		assertThat(Mailboxes.part(mail, "text/plain")).contains(reason).contains("List rules");

		String until = Instant.now().plus(Duration.ofDays(7)).toString();
		String emekaId = LocalStack.json(stack.get(web("/api/me"), emeka).body()).get("id").asString();
		HttpResponse<String> suspended = stack.request("PUT", web(base + "/suspensions/" + emekaId), alice,
				"{\"until\": \"" + until + "\", \"reason\": \"Second warning\"}", Map.of());
		assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);

		HttpResponse<String> refused = stack.post(web(threadPath + "/replies"), emeka, "{\"body\": \"Unfair!\"}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(LocalStack.json(refused.body()).path("detail").asString()).contains("suspended until")
			.contains(until.substring(0, 10));
		assertThat(stack.get(web(threadPath), emeka).statusCode()).as("still reads").isEqualTo(200);
		HttpResponse<String> left = stack.request("DELETE", web(base + "/members/me"), emeka, null, Map.of());
		assertThat(left.statusCode()).as("and may leave: " + left.body()).isEqualTo(204);
	}

	private static HttpResponse<String> awaitStatus(String what, int status,
			java.util.function.Supplier<HttpResponse<String>> call) {
		HttpResponse<String>[] last = new HttpResponse[1];
		Ports.await(what, EVENTUALLY, () -> (last[0] = call.get()).statusCode() == status);
		return last[0];
	}

	private String web(String path) {
		return stack.url("WEB", path);
	}
}
