package org.coalitions.system;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's "done when", on the local stack after its demo activity: the mail a coordinator finds in their
 * mailbox (GreenMail's API), and the secretariat's activity data for every demo coalition.
 */
@ExtendWith(SharedLocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationSystemTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private final LocalStack stack;

	private final Mailboxes mailboxes;

	NotificationSystemTests(LocalStack stack) {
		this.stack = stack;
		this.mailboxes = new Mailboxes(stack);
	}

	@Test
	@Order(1)
	void aJoinRequestToAModeratedCoalitionWasMailedToItsCoordinatorAtOnce() throws Exception {
		// the demo: gita coordinates the moderated Freedom of Expression coalition, alice asked to join it
		MimeMessage mail = mailboxes.awaitMail("gita@coalitions.example",
				subject -> subject.startsWith("Join request to Dynamic Coalition on Freedom of Expression"), WAIT);
		assertThat(mail.getSubject()).endsWith("from Alice Wanjiru");
		String html = Mailboxes.part(mail, "text/html");
		assertThat(html).contains("asks to join").contains(web("/#/coalitions/"));
		assertThat(Mailboxes.part(mail, "text/plain")).contains("Approve or decline the request: " + web("/#/coalitions/"));
		assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + web("/api/unsubscribe?token="));
	}

	@Test
	@Order(2)
	void aCoordinatorsMailboxHoldsOneDailyDigestWithWorkingLinksAndUnsubscribe() throws Exception {
		// alice coordinates Privacy (moderated: five demo members asked to join) and Multilingualism
		MimeMessage digest = mailboxes.awaitMail("alice@coalitions.example",
				subject -> subject.startsWith("Your daily Coalitions digest"), WAIT);
		// other system tests may ask for more previews; what must never happen is the same digest mailed twice
		assertThat(mailboxes.mails("alice@coalitions.example").stream()
			.filter(mail -> Mailboxes.subjectOf(mail).contains("digest"))
			.map(Mailboxes::messageId)).doesNotHaveDuplicates();
		String text = Mailboxes.part(digest, "text/plain");
		String html = Mailboxes.part(digest, "text/html");
		assertThat(text).containsSubsequence("== Dynamic Coalition on Privacy and Data Protection ==",
				"Join requests awaiting your decision:", "asked to join");
		assertThat(html).contains("Join requests awaiting your decision");

		Matcher links = Pattern.compile(Pattern.quote(web("/#/coalitions/")) + "([0-9a-f-]{36})").matcher(text);
		assertThat(links.find()).as("links to the coalitions' pages on the web").isTrue();
		HttpResponse<String> coalition = stack.get(stack.url("COALITION", "/api/coalitions/" + links.group(1)), null);
		assertThat(coalition.statusCode()).as("the link names a coalition").isEqualTo(200);
		assertThat(stack.get(web("/"), null).statusCode()).as("the web app answers at the links' address")
			.isEqualTo(200);

		String header = digest.getHeader("List-Unsubscribe")[0];
		assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		String link = header.substring(1, header.length() - 1);
		assertThat(text).contains(link);
		HttpResponse<String> confirm = stack.get(link, null);
		assertThat(confirm.statusCode()).as("the link works without sign-in").isEqualTo(200);
		assertThat(confirm.body()).contains("Stop receiving the Coalitions email digest?");

		String token = link.substring(link.indexOf("token=") + 6);
		// one character changed, whatever it was (a fixed replacement would change nothing in a token starting with it)
		HttpResponse<String> tampered = oneClick((token.charAt(0) == 'A' ? "B" : "A") + token.substring(1));
		assertThat(tampered.statusCode()).isEqualTo(400);

		HttpResponse<String> done = oneClick(java.net.URLDecoder.decode(token, StandardCharsets.UTF_8));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		String alice = stack.token("alice");
		Ports.await("alice's digest off in her profile", WAIT, () -> "OFF"
			.equals(LocalStack.json(stack.get(stack.url("MEMBERSHIP", "/api/me"), alice).body()).path("digest").asString()));
	}

	@Test
	@Order(3)
	void theActivityDataShowsEachDemoCoalitionsFigures() {
		String sam = stack.token("sam");
		JsonNode activity = LocalStack.json(stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions"), sam).body());
		List<String> names = activity.valueStream().map(coalition -> coalition.path("name").asString()).toList();
		assertThat(names).contains("Dynamic Coalition on Spam", "Dynamic Coalition on Privacy and Data Protection",
				"Dynamic Coalition on Open Standards", "Dynamic Coalition on Multilingualism");
		for (JsonNode coalition : activity) {
			String id = coalition.path("coalitionId").asString();
			JsonNode info = LocalStack.json(
					stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/balance"), sam).body());
			assertThat(coalition.path("members").asInt()).as("members of " + coalition.path("name").asString())
				.isEqualTo(info.path("members").asInt());
			// the demo has a past: some coalitions were quiet this month, one is on the inactive list
			assertThat(coalition.path("eventsLast30Days").asInt()).isNotNegative()
				.isLessThanOrEqualTo(coalition.path("eventsLast90Days").asInt());
			assertThat(coalition.path("status").asString()).isIn("PROPOSED", "ACTIVE", "INACTIVE");
		}
		JsonNode spam = activity.valueStream()
			.filter(coalition -> coalition.path("name").asString().equals("Dynamic Coalition on Spam"))
			.findFirst()
			.orElseThrow();
		assertThat(spam.path("balanceMet").asBoolean()).isTrue();
		assertThat(spam.path("eventsLast30Days").asInt()).isPositive();
		assertThat(spam.path("status").asString()).isEqualTo("ACTIVE");
		JsonNode multilingualism = activity.valueStream()
			.filter(coalition -> coalition.path("name").asString().equals("Dynamic Coalition on Multilingualism"))
			.findFirst()
			.orElseThrow();
		assertThat(multilingualism.path("risks").valueStream().map(JsonNode::asString).toList()).contains("UNBALANCED");
		assertThat(stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions"), stack.token("alice")).statusCode())
			.isEqualTo(403);
	}

	/** The POST a mail program sends for {@code List-Unsubscribe-Post} (RFC 8058), through the front door. */
	private HttpResponse<String> oneClick(String token) {
		return stack.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(web("/api/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build());
	}

	private String web(String path) {
		return "http://localhost:" + stack.env.get("WEB_PORT") + path;
	}
}
