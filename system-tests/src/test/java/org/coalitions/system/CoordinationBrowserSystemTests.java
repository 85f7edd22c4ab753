package org.coalitions.system;

import java.time.Duration;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.BrowserSystemTests.untilAfterReloads;
import static org.coalitions.system.BrowserSystemTests.waitShortly;

/**
 * The coordination group's page in a real headless Chromium: an active coalition's coordinator finds the group in
 * the navigation, sees their coalition among its members and posts a thread (in English), names a representative
 * on the coalition's page, and a signed-out visitor reads the group (in French). Screenshots in
 * {@code target/screenshots/coordination-*.png}.
 */
@BrowserSystemTest(screenshots = "coordination-")
class CoordinationBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	final Browsers browsers;

	CoordinationBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aCoordinatorPostsInTheGroupNamesARepresentativeAndAVisitorReadsIt() {
		String name = "Browser Coalition on Open Standards " + UUID.randomUUID().toString().substring(0, 8);
		String id = CoordinationGroupSystemTests.activeCoalition(stack, name, CoordinationGroupSystemTests.tokens(stack));
		Ports.await(name + " in the coordination group", EVENTUALLY, () -> stack
			.get(stack.url("COALITION", "/api/coordination-group"), null)
			.body()
			.contains(name));

		Browser alice = browsers.open("alice", "en-GB,en");
		alice.signIn("alice");
		alice.click(By.cssSelector("#nav a[href='#/coordination']"));
		alice.waitForText(By.tagName("h1"), "Coordination group", EVENTUALLY);
		alice.waitForText(By.id("group-members-table"), name, EVENTUALLY);
		alice.waitForText(By.id("group-membership"), "you can post here", EVENTUALLY);
		String thread = "Overlaps in open standards " + UUID.randomUUID().toString().substring(0, 6);
		untilAfterReloads(alice, () -> {
			alice.click(By.cssSelector("#threads details.editor > summary"));
			alice.type(By.cssSelector("form[data-form=thread] [name=title]"), thread);
			alice.type(By.cssSelector("form[data-form=thread] [name=body]"), "Which coalitions work on this too?");
			alice.click(By.cssSelector("form[data-form=thread] button[type=submit]"));
			return waitShortly(alice, "form[data-form=thread] .ok", "posted");
		});
		alice.waitForText(By.id("threads"), thread, EVENTUALLY);
		alice.screenshot("coordination-01-group-en");

		alice.open("#/coalitions/" + id);
		alice.waitForText(By.id("representatives-now"), "Represented now by", EVENTUALLY);
		untilAfterReloads(alice, () -> {
			alice.click(By.xpath("//section[@id='representatives']//label[starts-with(text(),'Bruno')]"));
			alice.click(By.cssSelector("form[data-form=representatives] button[type=submit]"));
			return waitShortly(alice, "#representatives-now", "Bruno");
		});
		assertThat(alice.find(By.id("representatives-now")).getText()).doesNotContain("Alice");
		alice.screenshot("coordination-02-representatives-en");

		Browser visitor = browsers.open("visitor", "fr-FR,fr");
		visitor.open("#/coordination");
		visitor.waitForText(By.tagName("h1"), "Groupe de coordination", EVENTUALLY);
		visitor.waitForText(By.id("group-members-table"), "Bruno", EVENTUALLY);
		visitor.waitForText(By.id("threads"), thread, EVENTUALLY);
		assertThat(visitor.present(By.cssSelector("form[data-form=thread]"))).as("visitors read, members post")
			.isFalse();
		assertThat(visitor.find(By.tagName("main")).getText()).doesNotContainPattern("(?m)^(null|undefined)$")
			.doesNotContainPattern("\\b(app|nav|coalition|coordination|representatives)\\.[A-Za-z]");
		visitor.screenshot("coordination-03-group-fr");
		// the group's task is finding overlaps: its page leads to the table of related coalitions
		visitor.click(By.id("group-overlaps-link"));
		visitor.waitForText(By.tagName("h1"), "Recoupements", EVENTUALLY);

		// back to the default, so that the stack's other tests find Bruno representing nothing of this
		Ports.await("alice leaves it to the coordinators again", EVENTUALLY, () -> stack
			.request("PUT", stack.url("COALITION", "/api/coalitions/" + id + "/representatives"),
					stack.token("alice"), "{\"representativeIds\": []}", java.util.Map.of())
			.statusCode() == 200);
	}
}
