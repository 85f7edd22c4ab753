package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door's strict Content-Security-Policy in a real headless Chromium, in English and French: every page
 * works under it (the policy refuses nothing the pages do), and signing out, a form post that the front door
 * redirects to Keycloak's logout, is allowed by {@code form-action}. Screenshots go to
 * {@code target/screenshots/csp-*.png}.
 */
@BrowserSystemTest(screenshots = "csp-")
class SecurityPolicyBrowserSystemTests {

	static final Duration EVENTUALLY = BrowserSystemTests.EVENTUALLY;

	final LocalStack stack;

	final Browsers browsers;

	SecurityPolicyBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aMemberUsesThePagesAndSignsOutInEnglishWithNothingRefused() {
		String name = "Policed " + UUID.randomUUID().toString().substring(0, 8);
		String id = propose("dana", name);
		Browser dana = browsers.open("dana", "en-GB,en");
		dana.open("#/coalitions/" + id);
		dana.waitForText(By.tagName("h1"), name, EVENTUALLY);
		dana.signIn("dana");
		for (String page : List.of("#/", "#/coordination", "#/overlaps", "#/propose", "#/me", "#/feed",
				"#/coalitions/" + id)) {
			dana.open(page);
		}
		dana.waitForText(By.tagName("h1"), name, EVENTUALLY);
		dana.screenshot("csp-01-coalition-en");
		signOut(dana);
		assertThat(dana.contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void theSecretariatUsesItsPagesAndSignsOutInFrenchWithNothingRefused() {
		Browser sam = browsers.open("sam", "fr-FR,fr");
		sam.signIn("sam");
		assertThat(sam.find(By.cssSelector("#nav #sign-out")).getText()).isEqualTo("Se déconnecter");
		for (String page : List.of("#/dashboard", "#/reviews", "#/coordination", "#/")) {
			sam.open(page);
		}
		sam.screenshot("csp-02-coalitions-fr");
		signOut(sam);
		assertThat(sam.contentSecurityPolicyViolations()).isEmpty();

		// and the policy holds: a script written into a page (what an injection would do) does not run
		sam.script("const s = document.createElement('script'); s.textContent = 'document.body.dataset.injected = 1';"
				+ " document.head.append(s);");
		sam.until(EVENTUALLY, (d) -> !sam.contentSecurityPolicyViolations().isEmpty());
		assertThat(sam.contentSecurityPolicyViolations()).singleElement().asString().startsWith("script-src");
		assertThat(sam.find(By.tagName("body")).getDomAttribute("data-injected")).isNull();
	}

	/** Signs out through Keycloak and back: the sign-in link shows again, and signing in asks for the password. */
	private static void signOut(Browser browser) {
		browser.click(By.id("sign-out"));
		browser.waitForApp();
		browser.click(By.cssSelector("#nav a[href='/oauth2/authorization/keycloak']"));
		browser.until(EVENTUALLY, (d) -> !d.findElements(By.id("kc-login")).isEmpty());
		browser.driver.navigate().back();
		browser.waitForApp();
	}

	private String propose(String user, String name) {
		HttpResponse<String> proposed = stack.post(stack.url("COALITION", "/api/coalitions"), stack.token(user),
				"{\"name\":\"" + name + "\",\"theme\":\"ACCESSIBILITY\",\"summary\":\"Accessible meetings.\","
						+ "\"statement\":{\"rationale\":\"Meetings shut people out.\",\"actionPlan\":\"Guidelines.\","
						+ "\"contactPersons\":[\"Dana\"],\"mailingList\":\"https://lists.example.org/a11y\"},"
						+ "\"joinPolicy\":\"OPEN\"}");
		assertThat(proposed.statusCode()).isEqualTo(201);
		return LocalStack.json(proposed.body()).path("id").asString();
	}
}
