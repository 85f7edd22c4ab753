package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing and moderation on a coalition's page in a real headless Chromium: the author edits their post (shown as
 * edited), a coordinator hides it with a reason and suspends the author, who then sees the reason and is refused a
 * reply, saying until when. Screenshots in {@code target/screenshots/moderation-*.png}.
 */
@BrowserSystemTest(screenshots = "moderation-")
class ModerationBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	final Browsers browsers;

	ModerationBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void anAuthorEditsACoordinatorHidesWithAReasonAndSuspendsAndTheAuthorIsRefusedAReply() {
		String alice = stack.token("alice");
		String emeka = stack.token("emeka");
		String emekaId = LocalStack.json(stack.get(web("/api/me"), emeka).body()).get("id").asString();
		String name = "Browser Coalition on Civil Lists " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> proposed = stack.post(web("/api/coalitions"), alice, """
				{"name": "%s", "theme": "FREEDOM_OF_EXPRESSION", "summary": "Civil lists.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Lists need rules.", "actionPlan": "Keep them civil.",
				 "contactPersons": ["Alice"]}}""".formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String id = LocalStack.json(proposed.body()).get("id").asString();
		Ports.await("emeka may join " + name, EVENTUALLY,
				() -> stack.post(web("/api/coalitions/" + id + "/members"), emeka, "{}").statusCode() == 201);
		String title = "List rules " + UUID.randomUUID().toString().substring(0, 6);
		Ports.await("emeka may post in " + name, EVENTUALLY, () -> stack.post(web("/api/coalitions/" + id + "/threads"),
				emeka, "{\"title\": \"" + title + "\", \"body\": \"Whoever disagrees is a fool.\"}").statusCode() == 201);

		Browser author = browsers.open("emeka", "en-GB,en");
		author.signIn("emeka");
		author.open("#/coalitions/" + id);
		author.waitForText(By.id("threads"), title, EVENTUALLY);
		author.click(By.cssSelector("#threads details[data-thread] > summary"));
		author.click(By.cssSelector("#threads details.post-edit > summary"));
		author.type(By.cssSelector("form[data-form=edit-post] [name=body]"), "Whoever disagrees is quite wrong.");
		author.click(By.cssSelector("form[data-form=edit-post] button[type=submit]"));
		author.waitForText(By.cssSelector("#threads .post-edited"), "edited", EVENTUALLY);
		author.waitForText(By.id("threads"), "quite wrong", EVENTUALLY);
		author.screenshot("moderation-01-edited");

		Browser coordinator = browsers.open("alice", "en-GB,en");
		coordinator.signIn("alice");
		coordinator.open("#/coalitions/" + id);
		coordinator.waitForText(By.id("threads"), title, EVENTUALLY);
		coordinator.click(By.cssSelector("#threads details[data-thread] > summary"));
		coordinator.click(By.cssSelector("#threads details.post-hide > summary"));
		coordinator.type(By.cssSelector("form[data-form=hide-post] [name=reason]"), "Calling members names");
		coordinator.click(By.cssSelector("form[data-form=hide-post] button[type=submit]"));
		coordinator.waitForText(By.cssSelector("#threads .post-hidden"), "Hidden by a coordinator: Calling members names",
				EVENTUALLY);
		coordinator.waitForText(By.id("suspensions"), "No one is suspended", EVENTUALLY);
		coordinator.click(By.cssSelector("#suspensions details.editor > summary"));
		coordinator.choose(By.cssSelector("form[data-form=suspend] [name=member]"), emekaId);
		coordinator.script("arguments[0].value = arguments[1]",
				coordinator.find(By.cssSelector("form[data-form=suspend] [name=until]")),
				LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
		coordinator.type(By.cssSelector("form[data-form=suspend] [name=reason]"), "Second warning");
		coordinator.click(By.cssSelector("form[data-form=suspend] button[type=submit]"));
		coordinator.waitForText(By.cssSelector("#suspensions [data-suspension]"), "Second warning", EVENTUALLY);
		coordinator.screenshot("moderation-02-hidden-and-suspended");

		author.reload();
		author.waitForText(By.id("threads"), title, EVENTUALLY);
		author.click(By.cssSelector("#threads details[data-thread] > summary"));
		author.waitForText(By.cssSelector("#threads .post-hidden"), "Calling members names", EVENTUALLY);
		author.type(By.cssSelector("form[data-form=reply] [name=body]"), "Unfair!");
		author.click(By.cssSelector("form[data-form=reply] button[type=submit]"));
		author.waitForText(By.cssSelector("form[data-form=reply] .alert"), "suspended until", EVENTUALLY);
		author.screenshot("moderation-03-refused");
	}

	private String web(String path) {
		return stack.url("WEB", path);
	}
}
