package org.coalitions.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * The main pages pass axe-core's WCAG 2.1 A and AA rules without a serious or critical violation ({@link
 * Accessibility}), in a real headless Chromium against the local stack and its demo data, as each kind of visitor
 * sees them: signed out (an outcome's page too), a member, a coordinator (with every form of their coalition's
 * page unfolded), the secretariat, and a visitor whose browser asks for Arabic (right to left). Each page's full
 * results are in {@code target/accessibility/}, its screenshot in {@code target/screenshots/a11y-*.png}. Demo
 * users only read here: nobody's profile or language changes.
 */
@BrowserSystemTest(screenshots = "a11y-")
class AccessibilitySystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	static final String SPAM = "Dynamic Coalition on Spam";

	/** alice proposed it, so coordinates it; moderated, so its page has the join requests too. */
	static final String PRIVACY = "Dynamic Coalition on Privacy and Data Protection";

	final LocalStack stack;

	final Browsers browsers;

	AccessibilitySystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void signedOut() {
		Browser visitor = browsers.open("visitor", "en-GB,en");
		String spam = demoCoalition(SPAM);
		assertAll(check(visitor, "en", "signed-out-coalitions", "#/"),
				check(visitor, "en", "signed-out-coalition", "#/coalitions/" + spam),
				check(visitor, "en", "signed-out-outcomes", "#/outcomes"),
				check(visitor, "en", "signed-out-outcome", publishedOutcome()),
				check(visitor, "en", "signed-out-coordination", "#/coordination"));
	}

	@Test
	void aMember() {
		Browser chen = browsers.open("chen", "en-GB,en");
		chen.signIn("chen");
		String spam = demoCoalition(SPAM);
		assertAll(check(chen, "en", "member-feed", "#/feed"), check(chen, "en", "member-profile", "#/me"),
				check(chen, "en", "member-coalition", "#/coalitions/" + spam),
				check(chen, "en", "member-propose", "#/propose"));
	}

	@Test
	void aCoordinatorWithTheFormsOfTheirCoalitionsPage() {
		Browser alice = browsers.open("alice", "en-GB,en");
		alice.signIn("alice");
		String privacy = demoCoalition(PRIVACY);
		show(alice, "en", "#/coalitions/" + privacy);
		assertThat(alice.find(By.id("my-role")).getText()).as("alice coordinates " + PRIVACY).contains("coordinate");
		// every folded form unfolded, so that axe-core sees them (it skips what is not shown)
		alice.script("document.querySelectorAll('main details').forEach((d) => { d.open = true; });");
		settle(alice, "en");
		alice.screenshot("a11y-coordinator-coalition");
		Accessibility.assertNoSeriousViolations(alice, "coordinator-coalition");
	}

	@Test
	void theSecretariat() {
		Browser sam = browsers.open("sam", "en-GB,en");
		sam.signIn("sam");
		assertAll(check(sam, "en", "secretariat-dashboard", "#/dashboard"),
				check(sam, "en", "secretariat-reviews", "#/reviews"));
	}

	@Test
	void inArabicRightToLeft() {
		Browser visitor = browsers.open("visitor-ar", "ar-EG,ar");
		String spam = demoCoalition(SPAM);
		assertAll(() -> {
			check(visitor, "ar", "arabic-coalitions", "#/").execute();
			assertThat(visitor.find(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		}, check(visitor, "ar", "arabic-coalition", "#/coalitions/" + spam));
	}

	/** Shows a page, waits until all its sections have loaded, and checks it (a screenshot beside it). */
	private Executable check(Browser browser, String language, String state, String route) {
		return () -> {
			show(browser, language, route);
			browser.screenshot("a11y-" + state);
			Accessibility.assertNoSeriousViolations(browser, state);
		};
	}

	/** A fresh load of the page (a changed hash alone would not reload), then its sections' loading awaited. */
	private static void show(Browser browser, String language, String route) {
		browser.driver.get("about:blank");
		browser.open(route);
		settle(browser, language);
	}

	/**
	 * Until no section still says it is loading and the page stayed the same for a moment (sections load on their
	 * own after the page's script says it is ready).
	 */
	private static void settle(Browser browser, String language) {
		String loading = texts(language).getProperty("app.loading");
		AtomicReference<Object> last = new AtomicReference<>();
		browser.until(EVENTUALLY, (driver) -> {
			Object now = browser.script("""
					const main = document.getElementById('main');
					const loading = [...main.querySelectorAll('p')].some((p) => p.textContent.trim() === arguments[0]);
					return loading ? null : main.innerHTML.length;""", loading);
			boolean steady = now != null && now.equals(last.get());
			last.set(now);
			if (!steady) {
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return steady;
		});
	}

	/** The page of the newest outcome in the public registry (the demo data publishes some). */
	private String publishedOutcome() {
		JsonNode page = LocalStack.json(stack.get(stack.url("COALITION", "/api/outcomes?size=1"), null).body());
		assertThat(page.get("items")).as("a published outcome in the demo data").isNotEmpty();
		JsonNode outcome = page.get("items").get(0);
		return "#/coalitions/" + outcome.get("coalitionId").asString() + "/outcomes/"
				+ outcome.get("outcomeId").asString();
	}

	private String demoCoalition(String name) {
		JsonNode page = LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions?size=100"), null).body());
		for (JsonNode item : page.get("items")) {
			if (name.equals(item.get("name").asString())) {
				return item.get("id").asString();
			}
		}
		throw new IllegalStateException("no demo coalition named " + name);
	}

	/** The pages' texts in that language, as the web app serves them. */
	private static Properties texts(String language) {
		String file = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
		Properties texts = new Properties();
		try (Reader in = new InputStreamReader(
				Files.newInputStream(LocalStack.REPO.resolve("web/src/main/resources/" + file)), StandardCharsets.UTF_8)) {
			texts.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return texts;
	}
}
