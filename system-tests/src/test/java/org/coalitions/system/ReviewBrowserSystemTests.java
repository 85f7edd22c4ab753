package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.BrowserSystemTests.untilAfterReloads;

/**
 * The secretariat's review queue and the forum's checklists in a real headless Chromium, in English and French:
 * the secretariat asks for changes, the proposer (in French) sees the review and the activation checklist and
 * resubmits, the secretariat approves; declining asks for confirmation; anyone sees the principles checklist.
 * Screenshots go to {@code target/screenshots/review-*.png}.
 */
@BrowserSystemTest(screenshots = "review-")
class ReviewBrowserSystemTests {

	static final Duration EVENTUALLY = BrowserSystemTests.EVENTUALLY;

	final LocalStack stack;

	final Browsers browsers;

	ReviewBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void theSecretariatReviewsAndTheProposerSeesTheChecklistsInFrench() {
		String name = "Reviewed in the browser " + UUID.randomUUID().toString().substring(0, 8);
		String id = propose("alice", name);

		Browser sam = browsers.open("sam", "en-GB,en");
		sam.signIn("sam");
		sam.click(By.cssSelector("#nav a[href='#/reviews']"));
		By item = By.cssSelector("#review-queue li[data-review='" + id + "']");
		untilAfterReloads(sam, () -> sam.present(item));
		assertThat(sam.find(item).getText()).contains("Awaiting review").contains("Alice").contains("Contact Alice");
		sam.screenshot("review-01-queue-en");
		String form = "#review-queue li[data-review='" + id + "'] form[data-form=review] ";
		sam.choose(By.cssSelector(form + "[name=decision]"), "CHANGES_REQUESTED");
		sam.click(By.cssSelector(form + "button[type=submit]"));
		sam.waitForText(By.cssSelector(form + ".alert"), "message", EVENTUALLY);
		sam.type(By.cssSelector(form + "[name=message]"), "Say which minority views you bring in.");
		sam.click(By.cssSelector(form + "button[type=submit]"));
		sam.waitForText(item, "Changes requested", EVENTUALLY);
		sam.screenshot("review-02-changes-requested-en");

		Browser alice = browsers.open("alice", "fr-FR,fr");
		alice.signIn("alice");
		alice.open("#/coalitions/" + id);
		alice.waitForText(By.id("review-state"), "Modifications demandées", EVENTUALLY);
		assertThat(alice.find(By.id("review-message")).getText()).isEqualTo("Say which minority views you bring in.");
		assertThat(alice.find(By.id("checklist-activation")).getText()).contains("Approuvée par le secrétariat")
			.contains("le secrétariat a demandé des modifications");
		assertThat(alice.find(By.id("checklist-principles")).getText()).contains("Adhésion ouverte")
			.contains("Archives ouvertes")
			.contains("1 personne de contact nommée");
		alice.screenshot("review-03-checklists-fr");
		// the resubmit button is for coordinators: alice is one once membership-service has read her proposal
		untilAfterReloads(alice, () -> alice.present(By.cssSelector("form[data-form=resubmit]")));
		alice.click(By.cssSelector("form[data-form=resubmit] button[type=submit]"));
		alice.waitForText(By.id("review-state"), "En attente d'examen", EVENTUALLY);
		assertThat(alice.find(By.tagName("main")).getText()).doesNotContainPattern("\\b(principle|checklist|review|statement)\\.[A-Za-z]");

		sam.reload();
		sam.waitForText(item, "Awaiting review", EVENTUALLY);
		sam.choose(By.cssSelector(form + "[name=decision]"), "APPROVED");
		sam.click(By.cssSelector(form + "button[type=submit]"));
		sam.until(EVENTUALLY, (d) -> d.findElements(item).isEmpty());
		sam.screenshot("review-04-queue-after-approval-en");

		Browser visitor = browsers.open("visitor", "en-GB,en");
		visitor.open("#/coalitions/" + id);
		visitor.waitForText(By.id("checklist-activation"), "Approved by the secretariat", EVENTUALLY);
		assertThat(visitor.find(By.id("checklist-principles")).findElements(By.tagName("li"))).hasSize(5);
		assertThat(visitor.find(By.id("checklist-principles")).getText()).contains("Open membership")
			.contains("anyone may join")
			.contains("The last annual report filed");
		visitor.screenshot("review-05-principles-en");
	}

	@Test
	void decliningAsksForConfirmationFirst() {
		String id = propose("gita", "Declined in the browser " + UUID.randomUUID().toString().substring(0, 8));
		Browser sam = browsers.open("sam-decline", "fr-FR,fr");
		sam.signIn("sam");
		sam.click(By.cssSelector("#nav a[href='#/reviews']"));
		By item = By.cssSelector("#review-queue li[data-review='" + id + "']");
		untilAfterReloads(sam, () -> sam.present(item));
		assertThat(sam.find(item).getText()).contains("En attente d'examen");
		String form = "#review-queue li[data-review='" + id + "'] form[data-form=review] ";
		sam.choose(By.cssSelector(form + "[name=decision]"), "DECLINED");
		sam.type(By.cssSelector(form + "[name=message]"), "Hors du champ du forum.");
		sam.click(By.cssSelector(form + "button[type=submit]"));
		sam.until(EVENTUALLY, (d) -> d.switchTo().alert()).dismiss();
		assertThat(sam.present(item)).as("dismissed: nothing decided").isTrue();
		sam.click(By.cssSelector(form + "button[type=submit]"));
		sam.until(EVENTUALLY, (d) -> d.switchTo().alert()).accept();
		sam.until(EVENTUALLY, (d) -> d.findElements(item).isEmpty());
		sam.screenshot("review-06-declined-fr");
		assertThat(LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions/" + id), null).body())
			.get("status")
			.asString()).isEqualTo("DECLINED");
	}

	private String propose(String user, String name) {
		HttpResponse<String> proposed = stack.post(stack.url("COALITION", "/api/coalitions"), stack.token(user), """
				{"name": "%s", "theme": "OTHER", "themeName": "Review", "summary": "Reviewed in a browser.",
				 "joinPolicy": "OPEN", "statement": {"rationale": "A gap in the forum.", "actionPlan": "Meet and write.",
				 "contactPersons": ["Contact %s"]}}""".formatted(name, capitalised(user)));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		return LocalStack.json(proposed.body()).get("id").asString();
	}

	private static String capitalised(String user) {
		return Character.toUpperCase(user.charAt(0)) + user.substring(1);
	}
}
