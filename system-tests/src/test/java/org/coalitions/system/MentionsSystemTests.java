package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mentions on the local stack, through the front door with real Keycloak tokens: emeka starts a thread, farah
 * replies naming alice with {@code @}; alice gets exactly one mail and a line in her feed, and emeka, who started
 * the thread, finds the reply in his.
 */
@ExtendWith(SharedLocalStack.class)
class MentionsSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	MentionsSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void aMemberMentionedInAReplyIsMailedOnceAndToldInTheFeedAndTheStarterSeesTheReply() throws Exception {
		String alice = stack.token("alice");
		String emeka = stack.token("emeka");
		String farah = stack.token("farah");
		String aliceName = LocalStack.json(stack.get(web("/api/me"), alice).body()).get("displayName").asString();
		stack.get(web("/api/me"), emeka);
		stack.get(web("/api/me"), farah);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> proposed = stack.post(web("/api/coalitions"), alice, """
				{"name": "Coalition on Mentions %s", "theme": "MULTILINGUALISM", "summary": "Naming.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "People must hear of it.", "actionPlan": "Name them.",
				 "contactPersons": ["Alice"]}}""".formatted(unique));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String base = "/api/coalitions/" + LocalStack.json(proposed.body()).get("id").asString();
		for (String member : List.of(emeka, farah)) {
			Ports.await("joining", EVENTUALLY, () -> stack.post(web(base + "/members"), member, "{}").statusCode() == 201);
		}
		String title = "Translations " + unique;
		String[] thread = new String[1];
		Ports.await("emeka may post", EVENTUALLY, () -> {
			HttpResponse<String> started = stack.post(web(base + "/threads"), emeka,
					"{\"title\": \"" + title + "\", \"body\": \"Who translates?\"}");
			if (started.statusCode() == 201) {
				thread[0] = LocalStack.json(started.body()).get("id").asString();
			}
			return thread[0] != null;
		});
		String reply = "{\"body\": \"@" + aliceName + " could you ask the secretariat?\"}";
		Ports.await("farah may reply", EVENTUALLY,
				() -> stack.post(web(base + "/threads/" + thread[0] + "/replies"), farah, reply).statusCode() == 201);

		Mailboxes mailboxes = new Mailboxes(stack);
		MimeMessage mail = mailboxes.awaitMail("alice@coalitions.example",
				subject -> subject.contains("mentioned you in " + title), EVENTUALLY);
		assertThat(Mailboxes.part(mail, "text/plain")).contains("mentioned you in the thread \u201c" + title + "\u201d");
		Ports.await("alice's line", EVENTUALLY, () -> feedTitles(alice).stream()
			.anyMatch(line -> line.contains("mentioned you in \u201c" + title)));
		Ports.await("emeka's line", EVENTUALLY, () -> feedTitles(emeka).stream()
			.anyMatch(line -> line.contains("replied in \u201c" + title + "\u201d, a thread you take part in")));
		Thread.sleep(3000);
		assertThat(mailboxes.mails("alice@coalitions.example"))
			.filteredOn(one -> Mailboxes.subjectOf(one).contains(title))
			.as("exactly one mail for one post")
			.hasSize(1);
	}

	private List<String> feedTitles(String token) {
		JsonNode page = LocalStack.json(stack.get(web("/api/feed?size=100"), token).body());
		return page.path("items").valueStream().map(item -> item.path("title").asString()).toList();
	}

	private String web(String path) {
		return stack.url("WEB", path);
	}
}
