package org.coalitions.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "As of a date" in a real headless Chromium, on the demo data's history (infra/demo/coalitions.json: the Dynamic
 * Coalition on Spam, proposed by dana on 2007-03-05; bruno, chen and alice joined 5, 14 and 23 days later, emeka
 * within the past year): a visitor in English picks a day and sees that day's members; one in French sees an
 * earlier day and a day before the coalition; the secretariat asks the same from the dashboard. Screenshots go to
 * {@code target/screenshots/state-*.png}.
 */
@BrowserSystemTest(screenshots = "state-")
class StateOnADateBrowserSystemTests {

	static final Duration EVENTUALLY = BrowserSystemTests.EVENTUALLY;

	static final String SPAM = "Dynamic Coalition on Spam";

	final LocalStack stack;

	final Browsers browsers;

	StateOnADateBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aCoalitionsPageShowsItsMembersOnThePickedDayInEnglishAndFrench() {
		String spam = demoCoalition(SPAM);

		Browser visitor = browsers.open("visitor", "en-GB,en");
		visitor.open("#/coalitions/" + spam);
		assertThat(visitor.find(By.cssSelector("#state-on-date h2")).getText()).isEqualTo("As of a date");
		pick(visitor, "state-on-date", "2010-01-01");
		String members = visitor.waitForText(By.id("state-members"), "Alice Wanjiru", EVENTUALLY).getText();
		assertThat(members).contains("Dana Whitfield", "Bruno Carvalho", "Chen Jing", "Alice Wanjiru")
			.as("emeka joined within the past year").doesNotContain("Emeka");
		assertThat(visitor.find(By.cssSelector("#state-members li:first-child")).getText()).contains("Dana Whitfield")
			.contains("Coordinator");
		assertThat(visitor.find(By.id("state-result")).getText()).contains("As of 2010-01-01")
			.contains("Status then: Active").contains(": 4 members from");
		visitor.script("arguments[0].scrollIntoView()", visitor.find(By.id("state-on-date")));
		visitor.screenshot("state-01-coalition-page-en");

		Browser visiteur = browsers.open("visiteur", "fr-FR,fr");
		visiteur.open("#/coalitions/" + spam);
		assertThat(visiteur.find(By.cssSelector("#state-on-date h2")).getText()).isEqualTo("À une date donnée");
		pick(visiteur, "state-on-date", "2007-03-12");
		String founders = visiteur.waitForText(By.id("state-members"), "Bruno Carvalho", EVENTUALLY).getText();
		assertThat(founders).contains("Dana Whitfield").doesNotContain("Chen Jing", "Alice Wanjiru");
		assertThat(visiteur.find(By.id("state-result")).getText()).contains("Au 2007-03-12")
			.contains("Statut à cette date")
			.doesNotContainPattern("\\b(history|status|role|group|reporting)\\.[A-Za-z]");
		visiteur.script("arguments[0].scrollIntoView()", visiteur.find(By.id("state-on-date")));
		visiteur.screenshot("state-02-coalition-page-fr");
		pick(visiteur, "state-on-date", "2006-01-01");
		visiteur.waitForText(By.id("state-none"), "La coalition n'existait pas encore le 2006-01-01", EVENTUALLY);
	}

	@Test
	void theSecretariatAsksTheSameFromTheDashboard() {
		String spam = demoCoalition(SPAM);

		Browser sam = browsers.open("sam", "en-GB,en");
		sam.signIn("sam");
		sam.click(By.cssSelector("#nav a[href='#/dashboard']"));
		sam.find(By.cssSelector("#dashboard-state-on-date select[name=coalition] option[value='" + spam + "']"));
		sam.choose(By.cssSelector("#dashboard-state-on-date select[name=coalition]"), spam);
		pick(sam, "dashboard-state-on-date", "2007-03-20");
		String members = sam.waitForText(By.cssSelector("#dashboard-state-on-date #state-members"), "Chen Jing", EVENTUALLY)
			.getText();
		assertThat(members).contains("Dana Whitfield", "Bruno Carvalho").doesNotContain("Alice Wanjiru");
		sam.script("arguments[0].scrollIntoView()", sam.find(By.id("dashboard-state-on-date")));
		sam.screenshot("state-03-dashboard-en");
	}

	/** Sets the form's date (a date input's typing depends on the browser's locale) and submits it. */
	private static void pick(Browser browser, String form, String date) {
		browser.script("arguments[0].value = arguments[1]",
				browser.find(By.cssSelector("form[data-form='" + form + "'] input[name=at]")), date);
		browser.click(By.cssSelector("form[data-form='" + form + "'] button[type=submit]"));
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
}
