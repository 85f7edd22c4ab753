package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.expect;

/**
 * Issue 15, item 6, in a real headless Chromium on the local stack: a keyboard alone (Tab, Enter, Space, arrows and
 * typing; the test never clicks nor moves the focus itself) proposes a moderated coalition, asks to join it, approves
 * the request and posts a thread, with a visible focus on every control it lands on; an acting button is busy while
 * its call runs (the call held in the page) and keeps the focus; the secretariat's dashboard keeps the focus on the
 * control it was on when a live update redraws the table; leaving a coalition and removing a member ask first.
 * The secretariat's approval of the proposal goes through the API: it is not what this test is about.
 */
@BrowserSystemTest(screenshots = "keyboard-")
class KeyboardBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	/** More Tab presses than any page here has stops before the control a step looks for. */
	static final int MOST_TABS = 400;

	final LocalStack stack;

	final Browsers browsers;

	KeyboardBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aKeyboardAloneProposesAsksToJoinApprovesAndPosts() {
		String name = "Keyboard coalition " + UUID.randomUUID().toString().substring(0, 8);

		// dana proposes, from the navigation to the new coalition's page
		Browser dana = browsers.open("dana-keys", "en-GB,en");
		dana.signIn("dana");
		tabTo(dana, "#nav a[href='#/propose']");
		press(dana, Keys.ENTER);
		dana.until(EVENTUALLY, (d) -> focused(dana, "main h1"));
		tabTo(dana, "form[data-form=propose] [name=name]");
		type(dana, name);
		tabTo(dana, "form[data-form=propose] [name=theme]");
		press(dana, Keys.ARROW_DOWN);
		assertThat(dana.script("return document.activeElement.value;")).as("a theme chosen with an arrow key")
			.isEqualTo("SPAM");
		tabTo(dana, "form[data-form=propose] [name=summary]");
		type(dana, "Everything here works without a mouse.");
		tabTo(dana, "form[data-form=propose] [name=joinPolicy]");
		for (int i = 0; i < 3 && !"MODERATED".equals(dana.script("return document.activeElement.value;")); i++) {
			press(dana, Keys.ARROW_DOWN);
		}
		assertThat(dana.script("return document.activeElement.value;")).isEqualTo("MODERATED");
		tabTo(dana, "form[data-form=propose] [name=rationale]");
		type(dana, "Keyboards are how many people use the web.");
		tabTo(dana, "form[data-form=propose] [name=actionPlan]");
		type(dana, "Try every page with the keyboard.");
		tabTo(dana, "form[data-form=propose] [name=contactPersons]");
		type(dana, "Dana");
		tabTo(dana, "form[data-form=propose] button[type=submit]");
		press(dana, Keys.ENTER);
		dana.until(EVENTUALLY, (d) -> d.getCurrentUrl().contains("#/coalitions/"));
		String url = dana.driver.getCurrentUrl();
		String id = url.substring(url.indexOf("#/coalitions/") + "#/coalitions/".length());
		dana.until(EVENTUALLY, (d) -> focused(dana, "main h1") && name.equals(dana.find(By.cssSelector("main h1")).getText()));
		dana.screenshot("keyboard-proposed");

		// the secretariat approves it through the API; membership-service learns that dana coordinates it
		expect(stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/review"), stack.token("sam"),
				"{\"decision\": \"APPROVED\"}"), 200);
		Ports.await("dana coordinates " + name + " in membership-service", EVENTUALLY,
				() -> call("GET", "/api/coalitions/" + id + "/join-requests", "dana", null).statusCode() == 200);

		// chen asks to join, from the coalition's address; the button is busy while its call is held, and keeps the focus
		Browser chen = browsers.open("chen-keys", "en-GB,en");
		chen.signIn("chen");
		chen.open("#/coalitions/" + id);
		BrowserSystemTests.untilAfterReloads(chen, () -> chen.present(By.cssSelector("form[data-form=join] [name=message]")));
		tabTo(chen, "form[data-form=join] [name=message]");
		type(chen, "I only use a keyboard.");
		String join = "form[data-form=join] button[type=submit]";
		tabTo(chen, join);
		hold(chen, "POST", "/api/coalitions/" + id + "/members");
		press(chen, Keys.ENTER);
		chen.until(EVENTUALLY, (d) -> ((Number) chen.script("return window.heldCalls.length;")).intValue() == 1);
		WebElement button = chen.find(By.cssSelector(join));
		assertThat(button.getDomAttribute("aria-busy")).as("busy while its call runs").isEqualTo("true");
		assertThat(button.getDomAttribute("aria-disabled")).isEqualTo("true");
		assertThat(focused(chen, join)).as("a busy button keeps the focus").isTrue();
		press(chen, Keys.ENTER);
		assertThat(((Number) chen.script("return window.heldCalls.length;")).intValue())
			.as("pressed again while busy: no second call").isEqualTo(1);
		chen.screenshot("keyboard-busy");
		chen.script("window.releaseHeldCalls();");
		chen.waitForText(By.id("membership"), "Your request was sent", EVENTUALLY);
		assertThat(button.getDomAttribute("aria-busy")).as("no longer busy once the call ended").isNull();
		assertThat(button.getDomAttribute("aria-disabled")).isNull();
		assertThat(focused(chen, join)).as("the focus stayed where the person was").isTrue();

		// dana approves with the space bar; the redrawn page gives the focus to its heading
		dana.reload();
		BrowserSystemTests.untilAfterReloads(dana, () -> dana.present(By.cssSelector("#join-requests button.approve")));
		tabTo(dana, "#join-requests button.approve");
		press(dana, Keys.SPACE);
		dana.waitForText(By.id("members"), "Chen", EVENTUALLY);
		dana.until(EVENTUALLY, (d) -> focused(dana, "main h1"));

		// chen, now a member, starts a thread
		BrowserSystemTests.untilAfterReloads(chen, () -> {
			chen.reload();
			return chen.waitForText(By.id("my-role"), "You are a member", Duration.ofSeconds(5)) != null;
		});
		tabTo(chen, "#threads details.editor > summary");
		press(chen, Keys.ENTER);
		tabTo(chen, "form[data-form=thread] [name=title]");
		type(chen, "Shortcuts we rely on");
		tabTo(chen, "form[data-form=thread] [name=body]");
		type(chen, "Tab, Enter and Space are enough here.");
		tabTo(chen, "form[data-form=thread] button[type=submit]");
		press(chen, Keys.ENTER);
		chen.waitForText(By.cssSelector("#threads details[data-thread] > summary"), "Shortcuts we rely on", EVENTUALLY);
		assertThat(focused(chen, "form[data-form=thread] button[type=submit]")).as("the focus stayed on the form").isTrue();
		chen.screenshot("keyboard-posted");
		Accessibility.assertNoSeriousViolations(chen, "keyboard-member-thread");

		// removing a member asks first: declined, nothing happens; confirmed, chen is no longer a member
		dana.reload();
		String remove = "#members li button[data-action=remove-member]";
		BrowserSystemTests.untilAfterReloads(dana, () -> dana.present(By.cssSelector(remove)));
		tabTo(dana, remove);
		press(dana, Keys.ENTER);
		assertThat(dana.confirm(false)).contains("Remove Chen");
		assertThat(dana.find(By.id("members")).getText()).as("declined: still a member").contains("Chen");
		press(dana, Keys.ENTER);
		dana.confirm(true);
		dana.until(EVENTUALLY, (d) -> !dana.find(By.id("members")).getText().contains("Chen"));
	}

	@Test
	void aLiveUpdateOfTheDashboardKeepsTheFocusAndLeavingAsksFirst() {
		String name = "Live focus coalition " + UUID.randomUUID().toString().substring(0, 8);
		String id = propose("alice", name);
		Browser sam = browsers.open("sam-keys", "en-GB,en");
		sam.signIn("sam");
		sam.open("#/dashboard");
		String link = "#activity-table a[data-focus-key='coalition-" + id + "']";
		BrowserSystemTests.untilAfterReloads(sam, () -> sam.present(By.cssSelector(link)));
		sam.until(EVENTUALLY, (d) -> "true".equals(sam.find(By.id("live-status")).getDomAttribute("data-live")));
		// the test puts the focus there (this is not the keyboard journey), and marks that element as the old one
		sam.script("arguments[0].focus(); arguments[0].dataset.old = 'true';", sam.find(By.cssSelector(link)));

		expect(call("POST", "/api/coalitions/" + id + "/members", "chen", "{\"message\": null}"), 201);
		sam.until(EVENTUALLY, (d) -> sam.present(By.cssSelector(link)) && !sam.present(By.cssSelector(link + "[data-old]")));
		assertThat(focused(sam, link)).as("the redrawn row's link has the focus").isTrue();
		assertThat(sam.script("return document.activeElement.dataset.old === undefined;")).as("a new element").isEqualTo(true);
		sam.screenshot("keyboard-dashboard-live");

		// leaving asks first: declined, chen stays a member; confirmed, chen has left
		Browser chen = browsers.open("chen-leaves", "en-GB,en");
		chen.signIn("chen");
		chen.open("#/coalitions/" + id);
		BrowserSystemTests.untilAfterReloads(chen, () -> chen.present(By.cssSelector("form[data-form=leave]")));
		chen.click(By.cssSelector("form[data-form=leave] button[type=submit]"));
		assertThat(chen.confirm(false)).contains(name);
		assertThat(chen.present(By.id("my-role"))).as("declined: still a member").isTrue();
		assertThat(call("GET", "/api/coalitions/" + id + "/members", "chen", null).body()).contains("Chen");
		// confirmed, but the call fails: busy while it runs, then the problem, and the button works again
		String leave = "form[data-form=leave] button[type=submit]";
		hold(chen, "DELETE", "/api/coalitions/" + id + "/members/me");
		chen.click(By.cssSelector(leave));
		chen.confirm(true);
		chen.until(EVENTUALLY, (d) -> ((Number) chen.script("return window.heldCalls.length;")).intValue() == 1);
		assertThat(chen.find(By.cssSelector(leave)).getDomAttribute("aria-busy")).isEqualTo("true");
		chen.script("window.releaseHeldCalls(true);");
		chen.find(By.cssSelector("form[data-form=leave] .alert"));
		assertThat(chen.find(By.cssSelector(leave)).getDomAttribute("aria-busy")).as("no longer busy after a failure").isNull();
		assertThat(chen.find(By.cssSelector(leave)).getDomAttribute("aria-disabled")).isNull();
		chen.click(By.cssSelector(leave));
		chen.confirm(true);
		chen.find(By.cssSelector("form[data-form=join]"));
		assertThat(chen.present(By.id("my-role"))).isFalse();
	}

	/** Presses Tab until the focus is on an element that matches the selector, checking that the focus shows. */
	private static void tabTo(Browser browser, String selector) {
		for (int i = 0; i < MOST_TABS; i++) {
			press(browser, Keys.TAB);
			if (focused(browser, selector)) {
				Object outline = browser.script("""
						const style = getComputedStyle(document.activeElement);
						return style.outlineStyle + ' ' + style.outlineWidth;""");
				assertThat(String.valueOf(outline)).as("a visible focus on " + selector).doesNotStartWith("none")
					.doesNotEndWith(" 0px");
				return;
			}
		}
		browser.screenshot("keyboard-lost-" + browser.name);
		throw new AssertionError(MOST_TABS + " Tab presses never reached " + selector + " on " + browser.driver.getCurrentUrl());
	}

	private static boolean focused(Browser browser, String selector) {
		return Boolean.TRUE.equals(browser.script(
				"return document.activeElement !== null && document.activeElement.matches(arguments[0]);", selector));
	}

	private static void press(Browser browser, CharSequence key) {
		new Actions(browser.driver).sendKeys(key).perform();
	}

	private static void type(Browser browser, String text) {
		new Actions(browser.driver).sendKeys(text).perform();
	}

	/**
	 * Holds the page's calls of that method to addresses containing {@code part}: they wait (unsent) in
	 * {@code window.heldCalls} until {@code window.releaseHeldCalls()} sends them, or {@code
	 * window.releaseHeldCalls(true)} fails them as a lost network would. The page's own fetch is wrapped, as a route
	 * interception would.
	 */
	private static void hold(Browser browser, String method, String part) {
		browser.script("""
				const [method, part] = arguments;
				const original = window.fetch;
				window.heldCalls = [];
				window.fetch = (url, init) => {
				  if (((init && init.method) || 'GET') === method && String(url).includes(part)) {
				    return new Promise((resolve, reject) => window.heldCalls.push((fail) => (fail
				      ? reject(new TypeError('the network failed (held by the test)'))
				      : resolve(original.call(window, url, init)))));
				  }
				  return original.call(window, url, init);
				};
				window.releaseHeldCalls = (fail) => {
				  window.fetch = original;
				  window.heldCalls.forEach((send) => send(fail));
				};""", method, part);
	}

	/** An open coalition of the person's, once membership-service knows them as its coordinator. */
	private String propose(String user, String name) {
		HttpResponse<String> created = expect(call("POST", "/api/coalitions", user, "{\"name\": \"" + name
				+ "\", \"theme\": \"ACCESSIBILITY\", \"summary\": \"Set up by the keyboard test.\", "
				+ "\"joinPolicy\": \"OPEN\", \"statement\": {\"rationale\": \"Focus must stay put.\", "
				+ "\"actionPlan\": \"Watch the dashboard.\", \"contactPersons\": [\"Alice\"]}}"), 201);
		String id = LocalStack.json(created.body()).get("id").asString();
		Ports.await(user + " coordinates " + name + " in membership-service", EVENTUALLY,
				() -> call("GET", "/api/coalitions/" + id + "/join-requests", user, null).statusCode() == 200);
		return id;
	}

	/** Through the front door's API routes, with a real Keycloak token. */
	private HttpResponse<String> call(String method, String path, String user, String body) {
		return stack.request(method, stack.url("WEB", path), stack.token(user), body, Map.of());
	}

}
