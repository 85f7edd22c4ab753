package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment round through the pages, in a real headless Chromium: alice (civil society) coordinates and opens her
 * draft for comment with the date-time picker; bruno (government) quotes a passage he selected and supports;
 * chen (private sector) pastes the passage he means and dissents, under his name; emeka (academic community)
 * supports; alice answers bruno and revises the draft, and the versions' diff shows the change; bruno changes to
 * support with concerns, anonymously; alice publishes, and a signed-out visitor reads the record, the tally by
 * group and the annex. The members are told by mail when the window opens (GreenMail). Screenshots in {@code target/screenshots/round-*.png}.
 */
@BrowserSystemTest(screenshots = "round-")
class OutcomeRoundBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	static final String PASSAGE = "Providers publish their spam filtering rules.";

	static final String CHANGED = "Providers explain how a message can be appealed.";

	final LocalStack stack;

	final Browsers browsers;

	OutcomeRoundBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void threeMembersOfDifferentGroupsShapeAnOutcomeThatIsPublishedWithItsAnnex() throws Exception {
		Map<String, String> tokens = CoordinationGroupSystemTests.tokens(stack);
		String name = "Browser Coalition on Filtering " + UUID.randomUUID().toString().substring(0, 8);
		String coalition = CoordinationGroupSystemTests.activeCoalition(stack, name, tokens);
		String title = "Principles on spam filtering";
		HttpResponse<String> drafted = stack.post(stack.url("COALITION", "/api/coalitions/" + coalition + "/outcomes"),
				tokens.get("alice"), """
						{"kind": "OUTCOME_DOCUMENT", "title": "%s",
						 "body": "%s\\nUsers may see why a message was held.\\nReview the rules every year."}"""
					.formatted(title, PASSAGE));
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String outcome = LocalStack.json(drafted.body()).get("id").asString();
		String page = "#/coalitions/" + coalition + "/outcomes/" + outcome;

		// alice finds the draft on the coalition's page and opens it for comment for ten days
		Browser alice = browsers.open("alice", "en-GB,en");
		alice.signIn("alice");
		alice.open("#/coalitions/" + coalition);
		// (no reloads while waiting: on a busy machine a reload restarts the sections' loading)
		alice.waitForText(By.cssSelector("#outcomes li[data-outcome] a"), title, EVENTUALLY);
		alice.click(By.cssSelector("#outcomes li[data-outcome] a"));
		alice.waitForText(By.id("outcome-title"), title, EVENTUALLY);
		assertThat(alice.find(By.id("window-state")).getText()).isEqualTo("Not open for comment yet.");
		String closes = LocalDateTime.now().plusDays(10).withHour(12).withMinute(0)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		alice.script("arguments[0].value = arguments[1]",
				alice.find(By.cssSelector("form[data-form=comment-window] input[name=closesAt]")), closes);
		alice.click(By.cssSelector("form[data-form=comment-window] button[type=submit]"));
		alice.waitForText(By.id("window-state"), "Open for comments and positions until", EVENTUALLY);
		// every member is told at once, by mail too
		jakarta.mail.internet.MimeMessage told = new Mailboxes(stack).awaitMail("emeka@coalitions.example",
				subject -> subject.equals("Open for your comments: " + title + " (" + name + ")"), EVENTUALLY);
		assertThat(Mailboxes.part(told, "text/plain")).contains("is open for your comments and your position until")
			.contains("/#/coalitions/" + coalition + "/outcomes/" + outcome);

		// bruno selects the passage in the draft, quotes it, comments and supports
		Browser bruno = member("bruno", page);
		bruno.script("""
				const text = document.getElementById('draft-text').firstChild;
				const at = text.data.indexOf(arguments[0]);
				const range = document.createRange();
				range.setStart(text, at);
				range.setEnd(text, at + arguments[0].length);
				document.getSelection().removeAllRanges();
				document.getSelection().addRange(range);""", PASSAGE);
		bruno.click(By.id("quote-selection"));
		assertThat(bruno.find(By.cssSelector("form[data-form=comment] [name=quote]")).getAttribute("value"))
			.isEqualTo(PASSAGE);
		comment(bruno, "Which rules? All of them, or the categories?");
		position(bruno, "Support", null, false);

		// chen pastes the passage he means and dissents; emeka supports
		Browser chen = member("chen", page);
		chen.type(By.cssSelector("form[data-form=comment] [name=quote]"), "Review the rules every year.");
		comment(chen, "A yearly review is too slow for spam campaigns.");
		position(chen, "Dissent", "Publishing filter rules helps spammers evade them.", false);
		Browser emeka = member("emeka", page);
		position(emeka, "Support", null, false);

		// alice answers bruno and revises the draft; the diff between the versions shows the change
		alice.reload();
		alice.waitForText(By.id("comments"), "Which rules?", EVENTUALLY);
		alice.click(By.xpath("//section[@id='comments']//details[summary[contains(., 'Bruno')]]/summary"));
		alice.type(By.xpath("//section[@id='comments']//details[summary[contains(., 'Bruno')]]//textarea[@name='text']"),
				"The categories, not the rules themselves.");
		alice.click(By.xpath("//section[@id='comments']//details[summary[contains(., 'Bruno')]]//button[@type='submit']"));
		alice.waitForText(By.id("comments"), "The categories, not the rules themselves.", EVENTUALLY);
		alice.click(By.cssSelector("#revise details.editor > summary"));
		alice.script("arguments[0].value = arguments[0].value.replace(arguments[1], arguments[2])",
				alice.find(By.cssSelector("form[data-form=revise] [name=body]")), "Review the rules every year.",
				CHANGED);
		alice.click(By.cssSelector("form[data-form=revise] button[type=submit]"));
		alice.waitForText(By.id("outcome-version"), "Version 2", EVENTUALLY);
		alice.waitForText(By.id("comments"), "A yearly review is too slow", EVENTUALLY);
		alice.waitForText(By.id("tally-by-group"), "Private sector", EVENTUALLY);
		assertThat(alice.find(By.id("comments")).getText()).contains(PASSAGE)
			.contains("Chen Jing");
		assertThat(unlabelledControls(alice)).as("every field of the draft's page has a label").isEmpty();
		alice.script("arguments[0].scrollIntoView()", alice.find(By.id("outcome-text")));
		alice.screenshot("round-01-draft-with-comments");
		alice.click(By.cssSelector("form[data-form=compare] button[type=submit]"));
		alice.waitForText(By.id("diff"), CHANGED, EVENTUALLY);
		assertThat(alice.find(By.cssSelector("#diff .added")).getText()).contains(CHANGED);
		assertThat(alice.find(By.cssSelector("#diff .removed")).getText()).contains("Review the rules every year.");
		alice.script("arguments[0].scrollIntoView()", alice.find(By.id("versions")));
		alice.screenshot("round-02-versions-diff");

		// bruno changes his position: support with concerns, anonymously
		bruno.reload();
		position(bruno, "Support with concerns", "Name the categories, or users learn nothing.", true);
		bruno.waitForText(By.id("my-position"), "Support with concerns", EVENTUALLY);

		alice.reload();
		alice.waitForText(By.cssSelector("#tally-by-group tr[data-group=GOVERNMENT]"), "1", EVENTUALLY);
		assertThat(cells(alice, "GOVERNMENT")).isEqualTo("Government 0 1 0 0");
		assertThat(cells(alice, "PRIVATE_SECTOR")).isEqualTo("Private sector 0 0 0 1");
		assertThat(cells(alice, "ACADEMIC_COMMUNITY")).isEqualTo("Academic community 1 0 0 0");
		assertThat(alice.find(By.id("tally-total")).getText()).isEqualTo("3 positions recorded.");
		alice.script("arguments[0].scrollIntoView()", alice.find(By.id("tally")));
		alice.screenshot("round-03-tally");

		// alice publishes: the record, the fixed tally and the annex, public
		alice.click(By.id("publish-outcome"));
		alice.waitForText(By.id("outcome-status"), "Published", EVENTUALLY);
		Browser visitor = browsers.open("visitor", "en-GB,en");
		visitor.open(page);
		String record = visitor.waitForText(By.id("outcome-record"), "Supported by", EVENTUALLY).getText();
		assertThat(record).contains("Supported by 2 members from 2 stakeholder groups").contains("1 dissent");
		String annex = visitor.find(By.id("annex")).getText();
		assertThat(annex).contains("Dissent · Chen Jing · Private sector")
			.contains("Publishing filter rules helps spammers evade them.")
			.contains("Support with concerns · Anonymous · Government")
			.contains("Name the categories, or users learn nothing.")
			.doesNotContain("Bruno");
		assertThat(visitor.find(By.id("outcome-text")).getText()).contains(CHANGED);
		assertThat(visitor.present(By.cssSelector("form[data-form=position]"))).isFalse();
		assertThat(visitor.find(By.tagName("main")).getText()).doesNotContainPattern("(?m)^(null|undefined)$")
			.doesNotContainPattern("\\b(outcome|position|group|coalition)\\.[A-Za-z]");
		visitor.script("arguments[0].scrollIntoView()", visitor.find(By.id("record")));
		visitor.screenshot("round-04-published-with-annex");
		assertThat(alice.contentSecurityPolicyViolations()).as("the pages work under the strict policy").isEmpty();
		assertThat(bruno.contentSecurityPolicyViolations()).isEmpty();
		assertThat(visitor.contentSecurityPolicyViolations()).isEmpty();
	}

	/** The form controls of the page that no label names (a label element or aria-label), by name. */
	@SuppressWarnings("unchecked")
	private static java.util.List<Object> unlabelledControls(Browser browser) {
		return (java.util.List<Object>) browser.script("""
				return [...document.querySelectorAll('main input, main textarea, main select')]
				  .filter((c) => c.type !== 'hidden' && c.labels.length === 0 && !c.getAttribute('aria-label'))
				  .map((c) => c.name || c.outerHTML);""");
	}

	/** A member's browser on the outcome's page, once the page offers them the comment form. */
	private Browser member(String user, String page) {
		Browser browser = browsers.open(user, "en-GB,en");
		browser.signIn(user);
		browser.open(page);
		browser.waitForText(By.id("outcome-title"), "", EVENTUALLY);
		browser.waitForText(By.cssSelector("form[data-form=comment]"), "", EVENTUALLY);
		return browser;
	}

	private static void comment(Browser browser, String text) {
		browser.type(By.cssSelector("form[data-form=comment] [name=text]"), text);
		browser.click(By.cssSelector("form[data-form=comment] button[type=submit]"));
		browser.waitForText(By.id("comments"), text, EVENTUALLY);
	}

	private static void position(Browser browser, String position, String reason, boolean anonymous) {
		browser.waitForText(By.cssSelector("form[data-form=position]"), "", EVENTUALLY);
		browser.click(By.xpath("//form[@data-form='position']//label[text()='" + position + "']"));
		if (reason != null) {
			browser.type(By.cssSelector("form[data-form=position] [name=reason]"), reason);
		}
		if (anonymous != browser.find(By.cssSelector("form[data-form=position] [name=anonymous]")).isSelected()) {
			browser.click(By.cssSelector("form[data-form=position] [name=anonymous]"));
		}
		browser.click(By.cssSelector("form[data-form=position] button[type=submit]"));
		browser.waitForText(By.id("my-position"), "Your position: " + position + " (", EVENTUALLY);
	}

	private static String cells(Browser browser, String group) {
		return browser.find(By.cssSelector("#tally-by-group tr[data-group=" + group + "]")).getText();
	}
}
