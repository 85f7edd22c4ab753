package org.coalitions.system;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.BrowserSystemTests.untilAfterReloads;

/**
 * The registry of outcomes through the front door: the API and the Atom feed are public and keep their content
 * types (the feed parses back as Atom), and the Outcomes page, signed out and in French, finds a published outcome
 * by an accented word, its theme and kind, and leads to it on its coalition's page, with nothing the
 * Content-Security-Policy refuses. Screenshots go to {@code target/screenshots/outcomes-*.png}.
 */
@BrowserSystemTest(screenshots = "outcomes-")
class OutcomeRegistryBrowserSystemTests {

	static final Duration EVENTUALLY = BrowserSystemTests.EVENTUALLY;

	static final String ATOM = "http://www.w3.org/2005/Atom";

	final LocalStack stack;

	final Browsers browsers;

	/** A word of this run's own, so that its outcome is told apart from the demo's and other tests'. */
	final String word = "axolotl" + UUID.randomUUID().toString().substring(0, 8);

	OutcomeRegistryBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aVisitorFindsAPublishedOutcomeAndFollowsTheFeedThroughTheFrontDoor() throws Exception {
		String coalition = propose("alice", "Registry " + word);
		String outcome = publish(coalition, "alice", "Données ouvertes " + word);

		JsonNode found = LocalStack.json(anonymous("/api/outcomes?q=donnees+" + word + "&kind=RECOMMENDATION", "application/json").body());
		assertThat(found.get("total").asInt()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("coalitionName").asString()).isEqualTo("Registry " + word);
		assertThat(found.get("items").get(0).get("record").asString()).isEqualTo("Published without a comment window.");
		assertThat(anonymous("/api/outcomes?year=1999", "application/problem+json").statusCode()).isEqualTo(400);

		HttpResponse<String> feed = anonymous("/api/outcomes/feed.atom", "application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element root = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		NodeList ids = root.getElementsByTagNameNS(ATOM, "id");
		boolean listed = false;
		for (int i = 0; i < ids.getLength(); i++) {
			listed |= ids.item(i).getTextContent().equals("urn:uuid:" + outcome);
		}
		assertThat(listed).as("the new outcome is in the feed").isTrue();

		Browser visitor = browsers.open("visiteur", "fr-FR,fr");
		visitor.open("#/");
		visitor.click(By.cssSelector("#nav a[href='#/outcomes']"));
		visitor.waitForText(By.tagName("h1"), "Résultats des coalitions", EVENTUALLY);
		// in the head, so never displayed: read, not found by Browser.find
		assertThat(visitor.script("return document.querySelector(\"link[rel=alternate][type='application/atom+xml']\")"
				+ ".getAttribute('href')")).isEqualTo("/api/outcomes/feed.atom");
		assertThat(visitor.find(By.id("outcomes-feed")).getDomAttribute("href")).isEqualTo("/api/outcomes/feed.atom");
		By card = By.cssSelector("#outcome-results li[data-outcome='" + outcome + "']");
		untilAfterReloads(visitor, () -> {
			visitor.type(By.cssSelector("form[role=search] input[name=q]"), "DONNÉES " + word);
			visitor.choose(By.cssSelector("form[role=search] select[name=theme]"), "ACCESS_TO_KNOWLEDGE");
			visitor.choose(By.cssSelector("form[role=search] select[name=kind]"), "RECOMMENDATION");
			visitor.click(By.cssSelector("form[role=search] button[type=submit]"));
			return visitor.waitForText(By.id("outcome-results"), "Résultats trouvés : 1", Duration.ofSeconds(5)) != null
					&& visitor.present(card);
		});
		assertThat(visitor.find(card).getText()).contains("Données ouvertes " + word)
			.contains("Recommandation")
			.contains("Registry " + word)
			.contains("Publié sans période de commentaires.")
			.doesNotContainPattern("\\b(registry|position)\\.[A-Za-z]");
		visitor.screenshot("outcomes-01-registry-fr");

		visitor.click(By.cssSelector("#outcome-results li[data-outcome='" + outcome + "'] h2 a"));
		visitor.waitForText(By.id("outcome-title"), "Données ouvertes " + word, EVENTUALLY);
		visitor.waitForText(By.id("outcome-status"), "Publi", EVENTUALLY);
		visitor.screenshot("outcomes-02-the-outcome-page-fr");
		assertThat(visitor.contentSecurityPolicyViolations()).isEmpty();
	}

	/** A GET through the front door without sign-in, answered 200 or 400 with the content type expected. */
	private HttpResponse<String> anonymous(String path, String contentType) {
		HttpResponse<String> answer = stack.request("GET", stack.url("WEB", path), null, null, Map.of());
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).startsWith(contentType);
		assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		return answer;
	}

	private String propose(String user, String name) {
		HttpResponse<String> created = stack.post(stack.url("COALITION", "/api/coalitions"), stack.token(user), """
				{"name": "%s", "theme": "ACCESS_TO_KNOWLEDGE", "summary": "Outcomes in the registry.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Needed.", "actionPlan": "Publish.", "contactPersons": ["%s"]}}"""
			.formatted(name, user));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return LocalStack.json(created.body()).get("id").asString();
	}

	/** Drafted once coalition-service knows the proposer coordinates, then published; its id. */
	private String publish(String coalition, String user, String title) throws InterruptedException {
		String token = stack.token(user);
		String draft = "{\"kind\": \"RECOMMENDATION\", \"title\": \"" + title + "\", \"body\": \"Open data.\"}";
		long deadline = System.nanoTime() + EVENTUALLY.toNanos();
		HttpResponse<String> drafted = stack.post(stack.url("COALITION", "/api/coalitions/" + coalition + "/outcomes"), token, draft);
		while (drafted.statusCode() != 201 && System.nanoTime() < deadline) {
			Thread.sleep(300);
			drafted = stack.post(stack.url("COALITION", "/api/coalitions/" + coalition + "/outcomes"), token, draft);
		}
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String id = LocalStack.json(drafted.body()).get("id").asString();
		HttpResponse<String> published = stack.post(
				stack.url("COALITION", "/api/coalitions/" + coalition + "/outcomes/" + id + "/publish"), token, "");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		return id;
	}
}
