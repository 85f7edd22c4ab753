package org.coalitions.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in a real headless Chromium against the local stack ({@code infra/stack up}): people sign in through
 * Keycloak's own login form and do everything by clicking, each in a browser of their own. Screenshots of the main
 * pages are saved in {@code target/screenshots/}.
 */
@BrowserSystemTest(screenshots = "")
class BrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	final Browsers browsers;

	BrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aCoalitionsJourneyByClicking() {
		String name = "Browser coalition " + UUID.randomUUID().toString().substring(0, 8);

		// alice signs in with the real Keycloak form and proposes a moderated coalition
		Browser alice = browsers.open("alice", "en-GB,en");
		alice.signIn("alice");
		alice.waitForText(By.cssSelector("#nav"), "Signed in as", EVENTUALLY);
		alice.find(By.cssSelector("#results"));
		alice.screenshot("01-coalitions");
		alice.click(By.cssSelector("#nav a[href='#/propose']"));
		alice.type(By.cssSelector("form[data-form=propose] [name=name]"), name);
		alice.choose(By.cssSelector("form[data-form=propose] [name=theme]"), "MULTILINGUALISM");
		alice.type(By.cssSelector("form[data-form=propose] [name=summary]"), "Content in every language <b>we</b> speak.");
		alice.type(By.cssSelector("form[data-form=propose] [name=charter]"), "We meet monthly.");
		alice.choose(By.cssSelector("form[data-form=propose] [name=joinPolicy]"), "MODERATED");
		alice.type(By.cssSelector("form[data-form=propose] [name=rationale]"), "Content exists in too few languages.");
		alice.type(By.cssSelector("form[data-form=propose] [name=actionPlan]"), "A glossary and two meetings.");
		alice.type(By.cssSelector("form[data-form=propose] [name=contactPersons]"), "Alice");
		alice.screenshot("02-propose");
		alice.click(By.cssSelector("form[data-form=propose] button[type=submit]"));
		alice.waitForText(By.tagName("h1"), name, EVENTUALLY);
		String url = alice.driver.getCurrentUrl();
		String coalitionId = url.substring(url.indexOf("#/coalitions/") + "#/coalitions/".length());
		// user text is text, never markup
		assertThat(alice.find(By.cssSelector("p.lead")).getText()).contains("<b>we</b>");
		// the proposer becomes coordinator once membership-service has read the proposal
		untilAfterReloads(alice, () -> alice.present(By.id("my-role"))
				&& alice.find(By.id("my-role")).getText().contains("You coordinate"));
		alice.screenshot("03-coalition-page");

		// bruno, whose browser asks for French, requests to join
		Browser bruno = browsers.open("bruno", "fr-FR,fr");
		bruno.signIn("bruno");
		bruno.open("#/coalitions/" + coalitionId);
		assertThat(bruno.find(By.cssSelector("#nav #sign-out")).getText()).isEqualTo("Se déconnecter");
		untilAfterReloads(bruno, () -> {
			bruno.type(By.cssSelector("form[data-form=join] [name=message]"), "Je travaille sur le multilinguisme.");
			bruno.click(By.cssSelector("form[data-form=join] button[type=submit]"));
			return waitShortly(bruno, "form[data-form=join] .ok", "Votre demande a été envoyée");
		});
		bruno.screenshot("04-join-requested-fr");
		// sections a non-member does not get leave no trace (not even a stray "null")
		assertThat(bruno.find(By.tagName("main")).getText()).doesNotContainPattern("(?m)^(null|undefined)$")
			// nor a text key without its text
			.doesNotContainPattern("\\b(app|nav|coalition|search|status|theme|group|region|role)\\.[A-Za-z]");

		// alice approves the request
		untilAfterReloads(alice, () -> alice.present(By.cssSelector("#join-requests li[data-request]")));
		alice.screenshot("05-join-requests");
		alice.click(By.cssSelector("#join-requests li[data-request] button.approve"));
		alice.waitForText(By.id("members"), "Bruno", EVENTUALLY);

		// bruno, now a member, starts a thread (coalition-service learns of the membership from its event)
		untilAfterReloads(bruno, () -> bruno.present(By.id("my-role")));
		String thread = "Translation sprint " + UUID.randomUUID().toString().substring(0, 6);
		untilAfterReloads(bruno, () -> {
			bruno.click(By.cssSelector("#threads details.editor > summary"));
			bruno.type(By.cssSelector("form[data-form=thread] [name=title]"), thread);
			bruno.type(By.cssSelector("form[data-form=thread] [name=body]"), "Who can help with Swahili?");
			bruno.click(By.cssSelector("form[data-form=thread] button[type=submit]"));
			return waitShortly(bruno, "form[data-form=thread] .ok", "Votre discussion a été publiée");
		});
		bruno.waitForText(By.id("threads"), thread, EVENTUALLY);
		bruno.screenshot("06-thread");

		// alice drafts an outcome and publishes it
		alice.reload();
		String outcome = "Multilingual content guidelines";
		alice.click(By.cssSelector("#outcomes details.editor > summary"));
		alice.choose(By.cssSelector("form[data-form=outcome] [name=kind]"), "OUTCOME_DOCUMENT");
		alice.type(By.cssSelector("form[data-form=outcome] [name=title]"), outcome);
		alice.type(By.cssSelector("form[data-form=outcome] [name=body]"), "Publish in at least three languages.");
		alice.click(By.cssSelector("form[data-form=outcome] button[type=submit]"));
		alice.waitForText(By.cssSelector("#outcomes li[data-outcome]"), "Draft", EVENTUALLY);
		alice.click(By.cssSelector("#outcomes li[data-outcome] button.publish"));
		alice.waitForText(By.cssSelector("#outcomes li[data-outcome]"), "Published", EVENTUALLY);
		alice.screenshot("07-outcome-published");

		// alice schedules a meeting (already held, so minutes can follow) and adds its minutes
		alice.click(By.cssSelector("#meetings details.editor > summary"));
		alice.type(By.cssSelector("form[data-form=meeting] [name=title]"), "Kick-off call");
		// a datetime-local field's typing order depends on the browser's locale: set its value as the page would
		alice.script("arguments[0].value = '2026-01-15T10:00'", alice.find(By.cssSelector("form[data-form=meeting] [name=startsAt]")));
		alice.type(By.cssSelector("form[data-form=meeting] [name=timeZone]"), "Africa/Nairobi");
		alice.type(By.cssSelector("form[data-form=meeting] [name=agenda]"), "Priorities for the year");
		alice.click(By.cssSelector("form[data-form=meeting] button[type=submit]"));
		alice.waitForText(By.cssSelector("#meetings li[data-meeting]"), "Kick-off call", EVENTUALLY);
		alice.click(By.cssSelector("#meetings li[data-meeting] details.editor > summary"));
		alice.type(By.cssSelector("#meetings li[data-meeting] form[data-form=minutes] [name=minutes]"),
				"Agreed: three working languages.");
		alice.click(By.cssSelector("#meetings li[data-meeting] form[data-form=minutes] button[type=submit]"));
		alice.waitForText(By.cssSelector("#meetings li[data-meeting]"), "Agreed: three working languages.", EVENTUALLY);

		// alice edits the charter while someone else saves it first: the page says so instead of overwriting
		alice.reload();
		alice.click(By.cssSelector("#charter details.editor > summary"));
		alice.type(By.cssSelector("form[data-form=charter] [name=charter]"), "We meet every two weeks.");
		String coalitionUrl = stack.url("COALITION", "/api/coalitions/" + coalitionId);
		String token = stack.token("alice");
		String etag = stack.get(coalitionUrl, token).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> elsewhere = stack.send(HttpRequest.newBuilder(URI.create(coalitionUrl + "/charter"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("If-Match", etag)
			.PUT(HttpRequest.BodyPublishers.ofString("{\"summary\":\"Content in every language.\","
					+ "\"charter\":\"We meet on the first Monday.\",\"joinPolicy\":\"MODERATED\"}"))
			.build());
		assertThat(elsewhere.statusCode()).isEqualTo(200);
		alice.click(By.cssSelector("form[data-form=charter] button[type=submit]"));
		alice.waitForText(By.cssSelector("form[data-form=charter] .alert"), "Someone else saved the charter first",
				EVENTUALLY);
		alice.screenshot("08-charter-conflict");
		alice.click(By.cssSelector("form[data-form=charter] button.secondary"));
		alice.waitForText(By.id("charter-text"), "We meet on the first Monday.", EVENTUALLY);

		// the secretariat sees the coalition on the dashboard, and its activity rise live when bruno replies
		Browser sam = browsers.open("sam", "en-GB,en");
		sam.signIn("sam");
		sam.click(By.cssSelector("#nav a[href='#/dashboard']"));
		By row = By.cssSelector("#activity-table tr[data-coalition='" + coalitionId + "']");
		untilAfterReloads(sam, () -> sam.present(row));
		sam.until(EVENTUALLY, (d) -> "true".equals(d.findElement(By.id("live-status")).getDomAttribute("data-live")));
		By events = By.cssSelector("#activity-table tr[data-coalition='" + coalitionId + "'] td[data-field=events30]");
		int before = Integer.parseInt(sam.find(events).getText().strip());
		assertThat(before).isPositive();
		assertThat(sam.find(By.id("csv")).getDomAttribute("href")).isEqualTo("/api/activity/coalitions.csv");
		sam.screenshot("09-dashboard");
		bruno.reload();
		bruno.click(By.cssSelector("#threads details[data-thread] > summary"));
		bruno.type(By.cssSelector("form[data-form=reply] [name=body]"), "Je peux aider pour le swahili.");
		bruno.click(By.cssSelector("form[data-form=reply] button[type=submit]"));
		// no reload on sam's side: the row changes through the event stream
		sam.until(EVENTUALLY, (d) -> Integer.parseInt(d.findElement(events).getText().strip()) > before);
		assertThat(sam.find(row).getDomAttribute("class")).contains("changed");
		sam.screenshot("10-dashboard-live-update");

		// the page works at phone width: nothing wider than the screen
		alice.resize(375, 800);
		alice.reload();
		assertThat(((Number) alice.script("return document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(((Number) alice.script("return document.documentElement.clientWidth")).intValue());
		alice.screenshot("11-coalition-375px");
		alice.resize(1280, 1800);

		// alice's profile and feed pages
		alice.open("#/me");
		alice.find(By.cssSelector("form[data-form=profile] [name=stakeholderGroup]"));
		alice.choose(By.cssSelector("form[data-form=mail-settings] [name=digest]"), "WEEKLY");
		alice.click(By.cssSelector("form[data-form=mail-settings] button[type=submit]"));
		alice.waitForText(By.cssSelector("form[data-form=mail-settings] .ok"), "saved", EVENTUALLY);
		alice.reload();
		assertThat(alice.find(By.cssSelector("form[data-form=mail-settings] [name=digest]")).getDomProperty("value"))
			.isEqualTo("WEEKLY");
		alice.screenshot("12-profile");
		alice.open("#/feed");
		alice.find(By.id("feed"));
		alice.screenshot("13-feed");

		// sign-out ends the Keycloak session too: signing in again asks for the password
		alice.click(By.id("sign-out"));
		alice.waitForApp();
		alice.find(By.cssSelector("#nav a[href='/oauth2/authorization/keycloak']"));
		alice.click(By.cssSelector("#nav a[href='/oauth2/authorization/keycloak']"));
		alice.until(EVENTUALLY, (d) -> !d.findElements(By.id("kc-login")).isEmpty());
	}

	@Test
	void visitorsSearchSignedOutAndAMemberJoinsAnOpenCoalitionAndLeaves() {
		// an open coalition of this test's own (the demo coalitions stay as the other system tests expect them)
		String name = "Open coalition " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> proposed = stack.post(stack.url("COALITION", "/api/coalitions"), stack.token("dana"),
				"{\"name\":\"" + name + "\",\"theme\":\"ACCESSIBILITY\",\"summary\":\"Accessible meetings.\","
						+ "\"statement\":{\"rationale\":\"Meetings shut people out.\",\"actionPlan\":\"Guidelines.\","
						+ "\"contactPersons\":[\"Dana\"]},\"joinPolicy\":\"OPEN\"}");
		assertThat(proposed.statusCode()).isEqualTo(201);

		// signed out: it can be found by text; a search that finds nothing says what to do next
		Browser visitor = browsers.open("visitor", "en-GB,en");
		visitor.open("");
		visitor.type(By.cssSelector("form.search [name=q]"), "no coalition is called this");
		visitor.click(By.cssSelector("form.search button[type=submit]"));
		visitor.waitForText(By.cssSelector("#results .empty"), "Sign in to propose a coalition", EVENTUALLY);
		visitor.screenshot("20-search-empty-signed-out");
		visitor.type(By.cssSelector("form.search [name=q]"), name);
		visitor.choose(By.cssSelector("form.search [name=theme]"), "ACCESSIBILITY");
		visitor.click(By.cssSelector("form.search button[type=submit]"));
		visitor.waitForText(By.cssSelector("#results li.coalition"), name, EVENTUALLY);
		visitor.click(By.cssSelector("#results li.coalition h2 a"));
		visitor.waitForText(By.tagName("h1"), name, EVENTUALLY);
		visitor.find(By.cssSelector("#membership a[href='/oauth2/authorization/keycloak']"));
		// the archives are open to read, taking part invites to sign in; nothing on the page is an error
		visitor.find(By.cssSelector("#threads .take-part a[href='/oauth2/authorization/keycloak']"));
		visitor.find(By.cssSelector("#meetings .empty"));
		assertThat(visitor.present(By.cssSelector("main .alert"))).isFalse();
		visitor.screenshot("21-coalition-signed-out");

		// gita joins at once (no request: the coalition is open), then leaves
		Browser gita = browsers.open("gita", "en-GB,en");
		gita.signIn("gita");
		String url = visitor.driver.getCurrentUrl();
		gita.open(url.substring(url.indexOf('#')));
		untilAfterReloads(gita, () -> {
			if (gita.present(By.id("my-role"))) {
				return true;
			}
			gita.click(By.cssSelector("form[data-form=join] button[type=submit]"));
			return gita.waitForText(By.id("my-role"), "You are a member", Duration.ofSeconds(5)) != null;
		});
		gita.waitForText(By.id("members"), "Gita", EVENTUALLY);
		gita.click(By.cssSelector("form[data-form=leave] button[type=submit]"));
		gita.confirm(true);
		gita.find(By.cssSelector("form[data-form=join]"));
		assertThat(gita.present(By.id("my-role"))).isFalse();
	}

	/** Retries a step, reloading the page in between, while the services catch up with each other's events. */
	static void untilAfterReloads(Browser browser, java.util.function.BooleanSupplier step) {
		long deadline = System.nanoTime() + EVENTUALLY.toNanos();
		while (true) {
			try {
				if (step.getAsBoolean()) {
					return;
				}
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("gave up waiting in " + browser.name + "'s browser at "
						+ browser.driver.getCurrentUrl());
			}
			sleep(1000);
			browser.reload();
		}
	}

	static boolean waitShortly(Browser browser, String css, String text) {
		try {
			browser.waitForText(By.cssSelector(css), text, Duration.ofSeconds(5));
			return true;
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			return false;
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
