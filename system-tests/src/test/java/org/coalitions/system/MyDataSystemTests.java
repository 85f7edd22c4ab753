package org.coalitions.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download my data" on the local stack, through the front door with real Keycloak tokens: emeka joins a coalition,
 * starts a thread, takes a position on an outcome and is mailed about its comment window; then his file from
 * {@code /my-data}, assembled within a minute, holds each of these, and no one else's address.
 */
@ExtendWith(SharedLocalStack.class)
class MyDataSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	static final List<String> REALM = List.of("alice", "bruno", "chen", "dana", "emeka", "farah", "gita", "sam");

	final LocalStack stack;

	MyDataSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void aPersonsFileHoldsTheirMembershipThreadPositionAndMailAndNoOneElsesAddress() throws Exception {
		String alice = stack.token("alice");
		String emeka = stack.token("emeka");
		String run = UUID.randomUUID().toString().substring(0, 8);
		stack.get(web("/api/me"), alice);
		wantsActionMails(emeka);

		String name = "Coalition on Portable Data " + run;
		HttpResponse<String> proposed = stack.post(web("/api/coalitions"), alice, """
				{"name": "%s", "theme": "OPEN_STANDARDS", "summary": "Data people can take with them.",
				 "joinPolicy": "OPEN", "statement": {"rationale": "Lock-in hurts.", "actionPlan": "A yearly review.",
				 "contactPersons": ["Alice"]}}""".formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String id = LocalStack.json(proposed.body()).get("id").asString();
		String base = "/api/coalitions/" + id;
		Ports.await("emeka joins " + name, EVENTUALLY,
				() -> stack.post(web(base + "/members"), emeka, "{}").statusCode() == 201);
		String threadTitle = "Export formats " + run;
		Ports.await("emeka starts a thread", EVENTUALLY, () -> stack.post(web(base + "/threads"), emeka,
				"{\"title\": \"" + threadTitle + "\", \"body\": \"JSON first, then CSV.\"}").statusCode() == 201);
		String outcomeTitle = "Portability principles " + run;
		HttpResponse<String> drafted = stack.post(web(base + "/outcomes"), alice,
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"" + outcomeTitle + "\", \"body\": \"People own their data.\"}");
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String outcome = LocalStack.json(drafted.body()).get("id").asString();
		HttpResponse<String> opened = stack.post(web(base + "/outcomes/" + outcome + "/comment-window"), alice,
				"{\"closesAt\": \"" + Instant.now().plus(Duration.ofDays(10)) + "\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
		HttpResponse<String> position = stack.request("PUT", web(base + "/outcomes/" + outcome + "/position"), emeka,
				"{\"position\": \"SUPPORT\", \"anonymous\": true}", java.util.Map.of());
		assertThat(position.statusCode()).as(position.body()).isEqualTo(200);
		new Mailboxes(stack).awaitMail("emeka@coalitions.example", subject -> subject.contains(outcomeTitle),
				EVENTUALLY);

		Ports.await("emeka's file with the mail about " + outcomeTitle, EVENTUALLY,
				() -> downloaded(emeka).body().contains(outcomeTitle));
		long started = System.nanoTime();
		HttpResponse<String> download = downloaded(emeka);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("assembled within a minute")
			.isLessThan(Duration.ofMinutes(1));
		assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
				disposition).matches("attachment; filename=\"coalitions-my-data-\\d{4}-\\d{2}-\\d{2}\\.json\""));
		JsonNode file = LocalStack.json(download.body());
		assertThat(file.path("person").path("email").asString()).isEqualTo("emeka@coalitions.example");
		assertThat(file.path("generatedAt").asString()).isNotBlank();
		assertThat(file.path("membership").path("memberships").valueStream()
			.filter(membership -> membership.path("coalitionId").asString().equals(id)))
			.singleElement()
			.satisfies(membership -> assertThat(membership.path("role").asString()).isEqualTo("MEMBER"));
		assertThat(file.path("coalitions").path("posts").valueStream()
			.filter(post -> post.path("threadTitle").asString().equals(threadTitle)))
			.singleElement()
			.satisfies(post -> assertThat(post.path("body").asString()).isEqualTo("JSON first, then CSV."));
		assertThat(file.path("coalitions").path("positions").valueStream()
			.filter(taken -> taken.path("outcomeId").asString().equals(outcome)))
			.singleElement()
			.satisfies(taken -> {
				assertThat(taken.path("position").asString()).isEqualTo("SUPPORT");
				assertThat(taken.path("anonymous").asBoolean()).isTrue();
			});
		assertThat(file.path("notifications").path("mails").valueStream()
			.filter(mail -> mail.path("subject").asString().contains(outcomeTitle)))
			.isNotEmpty()
			.allSatisfy(mail -> assertThat(mail.path("toAddress").asString()).isEqualTo("emeka@coalitions.example"));
		assertThat(file.path("notifications").path("feed").valueStream()
			.map(entry -> entry.path("coalitionId").asString())).contains(id);
		for (String other : REALM) {
			if (!other.equals("emeka")) {
				assertThat(download.body()).as("no address of " + other).doesNotContain(other + "@coalitions.example");
			}
		}

		assertThat(downloaded(null).statusCode()).as("signed out").isEqualTo(401);
		HttpResponse<String> alices = downloaded(alice);
		assertThat(alices.statusCode()).isEqualTo(200);
		assertThat(LocalStack.json(alices.body()).path("person").path("email").asString())
			.isEqualTo("alice@coalitions.example");
		assertThat(alices.body()).as("only her own data").doesNotContain("emeka@coalitions.example")
			.doesNotContain("JSON first, then CSV.");
	}

	/** Action mails on, whatever earlier tests left (the rest of the profile as it was): the comment window's mail is one. */
	private void wantsActionMails(String token) {
		JsonNode me = LocalStack.json(stack.get(web("/api/me"), token).body());
		tools.jackson.databind.node.ObjectNode profile = LocalStack.JSON.createObjectNode();
		for (String field : List.of("displayName", "stakeholderGroup", "country", "organisation", "timeZone", "digest",
				"emailVisibleToCoordinators", "language")) {
			profile.set(field, me.get(field));
		}
		profile.put("actionMails", true);
		HttpResponse<String> saved = stack.request("PUT", web("/api/me"), token, profile.toString(), java.util.Map.of());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
	}

	private HttpResponse<String> downloaded(String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web("/my-data"))).timeout(Duration.ofMinutes(1));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return stack.send(request.build());
	}

	private String web(String path) {
		return stack.url("WEB", path);
	}
}
