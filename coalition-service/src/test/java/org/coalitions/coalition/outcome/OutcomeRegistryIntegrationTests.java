package org.coalitions.coalition.outcome;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestTokens;
import org.coalitions.platform.time.OccurredAt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The public registry of outcomes over HTTP, against the real store: published outcomes of every coalition found
 * by words (folded), theme, year and kind, a page at a time; bad parameters are 400 problems; the Atom feed parses
 * back with the JDK's XML parser and has what RFC 4287 requires. Outcomes are published in the past through
 * history import, so that years can be told apart; each test's outcomes share a word of their own.
 */
@ApiIntegrationTest(value = "coalition-service", properties = "coalitions.history.import-enabled=true")
class OutcomeRegistryIntegrationTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	ApiClient api;

	@Autowired
	Rosters rosters;

	@Autowired
	MongoOperations mongo;

	String word;

	@BeforeEach
	void aWordOfThisTest() {
		word = "quetzal" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void findsPublishedOutcomesOfEveryCoalitionByWordsThemeYearAndKindNewestFirst() {
		String privacy = propose("Privacy " + word, "PRIVACY_AND_DATA_PROTECTION", "2019-01-10T10:00:00Z");
		String spam = propose("Spam " + word, "SPAM", "2019-02-10T10:00:00Z");
		String principles = publish(privacy, "OUTCOME_DOCUMENT", "Économie numérique " + word,
				"Les données personnelles.", null, "2021-05-01T10:00:00Z");
		String report = publish(privacy, "ANNUAL_REPORT", "Annual report " + word, "What we did.", 2021,
				"2022-03-01T10:00:00Z");
		String filters = publish(spam, "RECOMMENDATION", "Filters " + word, "Filter spam at the edge.", null,
				"2022-06-01T10:00:00Z");
		draft(spam, "OUTCOME_DOCUMENT", "Unpublished " + word, "Not yet.", null, "2022-07-01T10:00:00Z");

		JsonNode all = found("q=" + word, 3, filters, report, principles);
		JsonNode item = all.get("items").get(0);
		assertThat(item.get("coalitionId").asString()).isEqualTo(spam);
		assertThat(item.get("coalitionName").asString()).isEqualTo("Spam " + word);
		assertThat(item.get("theme").asString()).isEqualTo("SPAM");
		assertThat(item.get("kind").asString()).isEqualTo("RECOMMENDATION");
		assertThat(item.get("title").asString()).isEqualTo("Filters " + word);
		assertThat(item.get("publishedAt").asString()).isEqualTo("2022-06-01T10:00:00Z");
		assertThat(item.get("record").asString()).isEqualTo("Published without a comment window.");
		assertThat(item.get("tally").isNull()).isTrue();
		assertThat(item.has("body")).as("the text stays on the coalition's page").isFalse();
		assertThat(all.get("items").get(1).get("reportingCycle").asInt()).isEqualTo(2021);

		found("q=ECONOMIE+" + word, 1, principles);
		found("q=donnees+" + word.toUpperCase(), 1, principles);
		found("q=pers+" + word, 1, principles);
		found("q=edge+spam+" + word, 1, filters);
		found("q=edge+" + word + "+privacy", 0);
		found("q=unpublished+" + word, 0);
		found("q=" + word + "&theme=PRIVACY_AND_DATA_PROTECTION", 2, report, principles);
		found("q=" + word + "&theme=SPAM", 1, filters);
		found("q=" + word + "&theme=ACCESSIBILITY", 0);
		found("q=" + word + "&year=2022", 2, filters, report);
		found("q=" + word + "&year=2021", 2, report, principles);
		found("q=" + word + "&year=2020", 0);
		found("q=" + word + "&kind=ANNUAL_REPORT", 1, report);
		found("q=" + word + "&kind=OUTCOME_DOCUMENT&theme=PRIVACY_AND_DATA_PROTECTION&year=2021", 1, principles);

		found("q=" + word + "&size=2", 3, filters, report);
		found("q=" + word + "&size=2&page=1", 3, principles);
		found("q=" + word + "&size=2&page=7", 3);
	}

	@Test
	void anItemCarriesTheTallyAndRecordOfItsCommentWindow() {
		String coalition = propose("Tallied " + word, "MULTILINGUALISM", "2020-01-10T10:00:00Z");
		String outcome = publish(coalition, "RECOMMENDATION", "Tallied " + word, "Text.", null,
				"2023-04-01T10:00:00Z");
		// what a comment round fixes at publication, written here as it is stored
		OutcomeTally tally = new OutcomeTally(Map.of("SUPPORT", 3, "SUPPORT_WITH_CONCERNS", 1, "DISSENT", 2),
				Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 2, "DISSENT", 1), "GOVERNMENT",
						Map.of("SUPPORT_WITH_CONCERNS", 1), "PRIVATE_SECTOR", Map.of("DISSENT", 1), "UNSPECIFIED",
						Map.of("SUPPORT", 1)));
		mongo.updateFirst(Query.query(where("_id").is(outcome)),
				new Update().set("commentWindowHeld", true).set("tally", tally), Outcome.class);

		JsonNode item = found("q=" + word, 1, outcome).get("items").get(0);
		assertThat(item.get("record").asString())
			.isEqualTo("Supported by 4 members from 2 stakeholder groups (1 with concerns); 2 dissents (see annex).");
		assertThat(item.get("tally").get("byPosition").get("DISSENT").asInt()).isEqualTo(2);
		assertThat(item.get("tally").get("byStakeholderGroup").get("GOVERNMENT").get("SUPPORT_WITH_CONCERNS").asInt())
			.isEqualTo(1);
	}

	@Test
	void badParametersAreProblems() {
		for (String query : List.of("theme=NO_SUCH_THEME", "kind=MANIFESTO", "year=twenty", "year=1999",
				"year=2101", "page=-1", "page=10001", "size=0", "size=101", "q=" + "w".repeat(201))) {
			ApiResponse answer = api.get("/api/outcomes?" + query);
			assertThat(answer.statusCode()).as(query).isEqualTo(400);
			assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
		}
	}

	@Test
	void theAtomFeedCarriesTheLatestOutcomesWithWhatAtomRequires() throws Exception {
		String coalition = propose("Feed <&> " + word, "OPEN_STANDARDS", "2020-01-10T10:00:00Z");
		String older = publish(coalition, "OUTCOME_DOCUMENT", "Older " + word, "Text.", null, "2024-01-01T10:00:00Z");
		// a title may hold what JSON carries and XML cannot (a control character): the feed leaves it out
		String newest = publish(coalition, "ANNUAL_REPORT", "Report & <news>\\u0007 " + word, "Text.", 2025, null);

		ApiResponse answer = api.get("/api/outcomes/feed.atom");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes("UTF-8")));
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(child(root, "id")).startsWith("urn:uuid:");
		assertThat(child(root, "title")).isNotBlank();
		Instant updated = Instant.parse(child(root, "updated"));
		assertThat(link(root, "self")).isEqualTo("/api/outcomes/feed.atom");

		List<Element> entries = children(root, "entry");
		assertThat(entries).hasSizeBetween(1, OutcomeRegistryController.FEED_ENTRIES);
		List<Instant> times = new ArrayList<>();
		for (Element entry : entries) {
			assertThat(child(entry, "id")).startsWith("urn:uuid:");
			assertThat(child(entry, "title")).isNotBlank();
			assertThat(child(entry, "summary")).isNotBlank();
			assertThat(child(children(entry, "author").get(0), "name")).isNotBlank();
			assertThat(link(entry, "alternate")).startsWith("/#/coalitions/");
			times.add(Instant.parse(child(entry, "updated")));
		}
		assertThat(times).as("newest first").isSortedAccordingTo((one, other) -> other.compareTo(one));
		assertThat(updated).isEqualTo(times.get(0));

		Element mine = entries.stream()
			.filter(entry -> child(entry, "id").equals("urn:uuid:" + newest))
			.findFirst()
			.orElseThrow();
		assertThat(child(mine, "title")).isEqualTo("Report & <news> " + word);
		assertThat(child(children(mine, "author").get(0), "name")).isEqualTo("Feed <&> " + word);
		assertThat(child(mine, "summary")).isEqualTo("Annual report 2025. Published without a comment window.");
		assertThat(link(mine, "alternate")).isEqualTo("/#/coalitions/" + coalition + "/outcomes/" + newest);
		List<String> ids = entries.stream().map(entry -> child(entry, "id")).toList();
		if (ids.contains("urn:uuid:" + older)) {
			assertThat(ids.indexOf("urn:uuid:" + newest)).isLessThan(ids.indexOf("urn:uuid:" + older));
		}
	}

	private JsonNode found(String query, int total, String... outcomeIds) {
		JsonNode page = api.get("/api/outcomes?" + query).assertStatus(200).json();
		assertThat(page.get("total").asInt()).as(query).isEqualTo(total);
		assertThat(page.get("items").valueStream().map(item -> item.get("outcomeId").asString()).toList()).as(query)
			.containsExactly(outcomeIds);
		return page;
	}

	private String propose(String name, String theme, String when) {
		String id = api.post("/api/coalitions", token("alice"), """
				{"name": "%s", "theme": "%s", "summary": "Outcomes for the registry.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Needed.", "actionPlan": "Publish.", "contactPersons": ["Alice"]}}"""
			.formatted(name.replace("\"", "\\\""), theme), OccurredAt.HEADER, when).assertStatus(201)
			.json()
			.get("id")
			.asString();
		Ports.await("alice coordinating " + name, Duration.ofSeconds(30),
				() -> rosters.roleOf(id, "alice").orElse(null) == Role.COORDINATOR);
		return id;
	}

	private String draft(String coalition, String kind, String title, String body, Integer cycle, String when) {
		String json = """
				{"kind": "%s", "title": "%s", "body": "%s", "reportingCycle": %s}""".formatted(kind, title, body, cycle);
		return api.post("/api/coalitions/" + coalition + "/outcomes", token("alice"), json, headers(when))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	/** Drafted and published at {@code when} (now if null). */
	private String publish(String coalition, String kind, String title, String body, Integer cycle, String when) {
		String id = draft(coalition, kind, title, body, cycle, when);
		api.post("/api/coalitions/" + coalition + "/outcomes/" + id + "/publish", token("alice"), null, headers(when))
			.assertStatus(200);
		return id;
	}

	private static String[] headers(String when) {
		return when == null ? new String[0] : new String[] { OccurredAt.HEADER, when };
	}

	private static String token(String user) {
		return TestTokens.sign(user, user, user + "@coalitions.example", List.of(), Instant.now().plusSeconds(3600));
	}

	private static List<Element> children(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		List<Element> direct = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				direct.add((Element) nodes.item(i));
			}
		}
		return direct;
	}

	/** The text of the one child element of that name (Atom allows exactly one of each of these). */
	private static String child(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(name + " of " + parent.getLocalName()).hasSize(1);
		return found.get(0).getTextContent();
	}

	private static String link(Element parent, String rel) {
		return children(parent, "link").stream()
			.filter(link -> rel.equals(link.getAttribute("rel")))
			.map(link -> link.getAttribute("href"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link " + rel + " in " + parent.getLocalName()));
	}
}
