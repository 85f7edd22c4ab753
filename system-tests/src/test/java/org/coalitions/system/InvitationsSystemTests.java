package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations on the local stack, through the front door with real Keycloak tokens: a coordinator of a moderated
 * coalition invites an address, the mail with its signed link arrives, and its holder becomes a member at once,
 * without a join request; the link works once, and a forged one is refused.
 */
@ExtendWith(SharedLocalStack.class)
class InvitationsSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	static final Pattern LINK = Pattern.compile("/#/invitations/([0-9a-f-]{36})\\?token=([A-Za-z0-9_-]+)");

	final LocalStack stack;

	InvitationsSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void anInvitedPersonBecomesAMemberOfAModeratedCoalitionAtOnceAndTheLinkWorksOnce() throws Exception {
		String alice = stack.token("alice");
		String gita = stack.token("gita");
		String gitaId = LocalStack.json(stack.get(web("/api/me"), gita).body()).get("id").asString();
		stack.get(web("/api/me"), alice);
		String name = "Invited Coalition on Spam " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> proposed = stack.post(web("/api/coalitions"), alice, """
				{"name": "%s", "theme": "SPAM", "summary": "Fewer unwanted mails.", "joinPolicy": "MODERATED",
				 "statement": {"rationale": "Spam hurts everyone.", "actionPlan": "A yearly report.",
				 "contactPersons": ["Alice"]}}""".formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String id = LocalStack.json(proposed.body()).get("id").asString();
		String invitations = web("/api/coalitions/" + id + "/invitations");
		String body = "{\"emails\": [\"Gita@Coalitions.example\"], \"message\": \"Your work on spam would help us.\"}";
		Ports.await("alice may invite to " + name, EVENTUALLY,
				() -> stack.post(invitations, alice, body).statusCode() == 201);
		assertThat(stack.post(invitations, gita, body).statusCode()).as("only coordinators invite").isEqualTo(403);
		JsonNode pending = LocalStack.json(stack.get(invitations, alice).body());
		assertThat(pending).singleElement()
			.satisfies(invitation -> assertThat(invitation.path("email").asString()).isEqualTo("gita@coalitions.example"));

		MimeMessage mail = new Mailboxes(stack).awaitMail("gita@coalitions.example",
				subject -> subject.contains(name), EVENTUALLY);
		assertThat(Mailboxes.subjectOf(mail)).contains("invites you to join " + name);
		String text = Mailboxes.part(mail, "text/plain");
		assertThat(text).contains("Your work on spam would help us.");
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String invitationId = link.group(1);
		String token = link.group(2);
		assertThat(invitationId).isEqualTo(pending.get(0).path("invitationId").asString());

		JsonNode lookup = LocalStack.json(stack.get(web("/api/invitations/" + invitationId + "?token=" + token), null).body());
		assertThat(lookup.path("state").asString()).isEqualTo("PENDING");
		assertThat(lookup.path("coalitionName").asString()).isEqualTo(name);

		HttpResponse<String> accepted = stack.post(web("/api/invitations/" + invitationId + "/accept"), gita,
				"{\"token\": \"" + token + "\"}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(LocalStack.json(accepted.body()).path("coalitionId").asString()).isEqualTo(id);
		JsonNode members = LocalStack.json(stack.get(web("/api/coalitions/" + id + "/members"), null).body());
		assertThat(members.valueStream().map(member -> member.path("memberId").asString())).contains(gitaId);
		JsonNode requests = LocalStack.json(
				stack.get(web("/api/coalitions/" + id + "/join-requests?status=ALL"), alice).body());
		assertThat(requests).as("no join request on the way").isEmpty();

		HttpResponse<String> again = stack.post(web("/api/invitations/" + invitationId + "/accept"), gita,
				"{\"token\": \"" + token + "\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(LocalStack.json(again.body()).path("detail").asString()).contains("used already");
		assertThat(LocalStack.json(stack.get(web("/api/invitations/" + invitationId + "?token=" + token), null).body())
			.path("state").asString()).isEqualTo("ACCEPTED");

		String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
		assertThat(stack.get(web("/api/invitations/" + invitationId + "?token=" + tampered), null).statusCode())
			.isEqualTo(404);
		assertThat(stack.post(web("/api/invitations/" + invitationId + "/accept"), gita,
				"{\"token\": \"" + tampered + "\"}").statusCode()).isEqualTo(404);
	}

	private String web(String path) {
		return stack.url("WEB", path);
	}
}
