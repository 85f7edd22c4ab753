package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invitation's link followed in a real headless Chromium: signed out, the page says what it invites to and
 * offers sign-in; after signing in through Keycloak the person is back on it, accepts with one button and lands on
 * the coalition's page as a member; the same link opened again says it was used (screenshots
 * {@code invitation-*.png}).
 */
@BrowserSystemTest(screenshots = "invitation-")
class InvitationBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	final Browsers browsers;

	InvitationBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void theMailedLinkMakesTheInviteeAMemberAndThenSaysItWasUsed() throws Exception {
		String alice = stack.token("alice");
		String name = "Invited by link " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> proposed = stack.post(stack.url("WEB", "/api/coalitions"), alice, """
				{"name": "%s", "theme": "SPAM", "summary": "Invitations in the browser.", "joinPolicy": "MODERATED",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.", "contactPersons": ["Alice"]}}"""
			.formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String id = LocalStack.json(proposed.body()).get("id").asString();
		Ports.await("alice may invite to " + name, EVENTUALLY,
				() -> stack.post(stack.url("WEB", "/api/coalitions/" + id + "/invitations"), alice,
						"{\"emails\": [\"farah@coalitions.example\"], \"message\": \"Join us.\"}").statusCode() == 201);
		MimeMessage mail = new Mailboxes(stack).awaitMail("farah@coalitions.example",
				subject -> subject.contains(name), EVENTUALLY);
		Matcher link = InvitationsSystemTests.LINK.matcher(Mailboxes.part(mail, "text/plain"));
		assertThat(link.find()).isTrue();
		String route = "#/invitations/" + link.group(1) + "?token=" + link.group(2);

		Browser farah = browsers.open("farah", "en-GB,en");
		farah.open(route);
		farah.waitForText(By.tagName("h1"), name, EVENTUALLY);
		assertThat(farah.find(By.id("invitation-message")).getText()).isEqualTo("Join us.");
		farah.screenshot("invitation-signed-out");
		// sign in from the invitation's own page: Keycloak's form, then back here
		farah.click(By.cssSelector("#invitation-accept a[href='/oauth2/authorization/keycloak']"));
		farah.type(By.id("username"), "farah");
		farah.type(By.id("password"), "demo");
		farah.click(By.id("kc-login"));
		farah.waitForApp();
		farah.click(By.cssSelector("form[data-form='accept-invitation'] button[type=submit]"));
		farah.waitForText(By.tagName("h1"), name, EVENTUALLY);
		farah.until(EVENTUALLY, driver -> driver.getCurrentUrl().endsWith("#/coalitions/" + id));
		farah.waitForText(By.id("members"), "Farah", EVENTUALLY);
		farah.screenshot("invitation-accepted");

		farah.open(route);
		assertThat(farah.find(By.id("invitation-state")).getDomAttribute("data-state")).isEqualTo("ACCEPTED");
		farah.screenshot("invitation-used");
	}
}
