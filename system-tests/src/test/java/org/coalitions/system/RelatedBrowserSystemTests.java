package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.BrowserSystemTests.untilAfterReloads;

/**
 * Related coalitions in a real headless Chromium, in English and French: a coalition's page lists the coalitions
 * on its subject with the reasons in words and leaves out the unrelated one; the overlaps table is reached from
 * the secretariat's dashboard, and by anyone at {@code #/overlaps}. Screenshots go to
 * {@code target/screenshots/related-*.png}.
 */
@BrowserSystemTest(screenshots = "related-")
class RelatedBrowserSystemTests {

	static final Duration EVENTUALLY = BrowserSystemTests.EVENTUALLY;

	final LocalStack stack;

	final Browsers browsers;

	/** A word of this run's own, so that its coalitions are told apart from the demo's and other tests'. */
	final String moss = "bryophyte" + UUID.randomUUID().toString().substring(0, 8);

	RelatedBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aCoalitionsPageShowsTheCoalitionsOnItsSubjectWithTheReasonsInEnglishAndFrench() {
		// three proposers, so that no one is in two of them: only their texts can relate them
		String lunar = propose("alice", "Lunar " + moss + " growers",
				moss + " research: hydroponic " + moss + " cultivation, spores and lichen in greenhouse domes.",
				"We test hydroponic " + moss + " beds, spores and lichen in pressurised greenhouse modules on the Moon.");
		String orbital = propose("bruno", "Orbital " + moss + " farmers",
				"Hydroponic " + moss + " in orbital greenhouse stations: spores, lichen and " + moss + " beds.",
				"Greenhouse lighting for " + moss + " spores and lichen on long missions.");
		String tango = propose("chen", "Glacier tango dancers " + moss.substring(9),
				"Dancing tango on glaciers.", "Winter festivals of tango music on the ice fields of Patagonia.");

		// a visitor, signed out: related coalitions are public like the coalitions they name
		Browser visitor = browsers.open("visitor", "en-GB,en");
		visitor.open("#/coalitions/" + lunar);
		By orbitalItem = By.cssSelector("#related li[data-related='" + orbital + "']");
		untilAfterReloads(visitor, () -> visitor.present(orbitalItem));
		assertThat(visitor.find(By.cssSelector("#related h2")).getText()).isEqualTo("Related coalitions");
		String item = visitor.find(orbitalItem).getText();
		assertThat(item).contains("Orbital " + moss + " farmers").contains("Similar texts:").contains(moss);
		assertThat(visitor.find(By.id("related")).getText()).doesNotContain("Glacier tango");
		visitor.click(By.cssSelector("#related li[data-related='" + orbital + "'] a"));
		visitor.waitForText(By.tagName("h1"), "Orbital " + moss + " farmers", EVENTUALLY);
		visitor.waitForText(By.id("related"), "Lunar " + moss + " growers", EVENTUALLY);
		visitor.script("arguments[0].scrollIntoView()", visitor.find(By.id("related")));
		visitor.screenshot("related-01-coalition-page-en");

		// the unrelated coalition has none, and says so
		visitor.open("#/coalitions/" + tango);
		visitor.waitForText(By.id("related"), "No coalition has enough in common with this one yet.", EVENTUALLY);

		// bruno, signed in, reads his coalition's page in French
		Browser bruno = browsers.open("bruno", "fr-FR,fr");
		bruno.signIn("bruno");
		bruno.open("#/coalitions/" + orbital);
		By lunarItem = By.cssSelector("#related li[data-related='" + lunar + "']");
		untilAfterReloads(bruno, () -> bruno.present(lunarItem));
		assertThat(bruno.find(By.cssSelector("#related h2")).getText()).isEqualTo("Coalitions proches");
		assertThat(bruno.find(lunarItem).getText()).contains("Textes proches :").contains(moss);
		assertThat(bruno.find(By.id("related")).getText())
			.doesNotContainPattern("\\b(related|overlaps)\\.[A-Za-z]")
			.doesNotContain("SIMILAR_TEXT");
		bruno.script("arguments[0].scrollIntoView()", bruno.find(By.id("related")));
		bruno.screenshot("related-02-coalition-page-fr");
	}

	@Test
	void theOverlapsTableComesFromTheDashboardAndIsOpenToEveryoneInEnglishAndFrench() {
		String first = propose("dana", "Seed vault " + moss + " keepers",
				"Preserving " + moss + " spores and lichen samples in seed vaults.",
				"A cold archive of " + moss + " spores, lichen and seeds, shared between botanical gardens.");
		String second = propose("emeka", "Botanical " + moss + " archive",
				"Botanical gardens sharing " + moss + " spores and lichen samples.",
				"Seed vaults and cold archives for " + moss + " spores and lichen.");
		By pair = By.xpath("//table[@id='overlaps-table']//tr[contains(@data-pair, '" + first + "') and contains(@data-pair, '"
				+ second + "')]");

		// the secretariat: from the dashboard
		Browser sam = browsers.open("sam", "en-GB,en");
		sam.signIn("sam");
		sam.click(By.cssSelector("#nav a[href='#/dashboard']"));
		sam.click(By.id("overlaps-link"));
		sam.waitForText(By.tagName("h1"), "Overlaps between coalitions", EVENTUALLY);
		untilAfterReloads(sam, () -> sam.present(pair));
		String row = sam.find(pair).getText();
		assertThat(row).contains("Seed vault " + moss + " keepers").contains("Botanical " + moss + " archive")
			.contains("Similar texts:").contains(moss);
		assertThat(sam.find(By.cssSelector("#overlaps-table caption")).getText()).contains("strongest first");
		sam.screenshot("related-03-overlaps-en");

		// anyone, signed out, in French, straight at #/overlaps
		Browser visitor = browsers.open("visiteur", "fr-FR,fr");
		visitor.open("#/overlaps");
		visitor.waitForText(By.tagName("h1"), "Recoupements entre coalitions", EVENTUALLY);
		untilAfterReloads(visitor, () -> visitor.present(pair));
		assertThat(visitor.find(pair).getText()).contains("Textes proches :");
		assertThat(visitor.find(By.cssSelector("#overlaps-table thead")).getText()).contains("Coalition proche")
			.contains("En commun");
		visitor.screenshot("related-04-overlaps-fr");
	}

	/** Proposes a coalition through the API (with the formation statement the forum asks for); its id. */
	private String propose(String user, String name, String summary, String charter) {
		HttpResponse<String> created = stack.post(stack.url("COALITION", "/api/coalitions"), stack.token(user), """
				{"name": "%s", "theme": "OTHER", "summary": "%s", "charter": "%s", "joinPolicy": "OPEN",
				 "statement": {"rationale": "%s", "actionPlan": "Meet monthly.", "contactPersons": ["%s"]}}"""
			.formatted(name, summary, charter, summary, user));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return LocalStack.json(created.body()).get("id").asString();
	}
}
