package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposing and finding coalitions over HTTP, against the real broker and store: what reaches Kafka, and how. */
@ApiIntegrationTest("coalition-service")
class CoalitionApiIntegrationTests {

	ApiClient api;

	@Autowired
	MeterRegistry meters;

	@Test
	void proposalIsPublishedAsACloudEventKeyedByTheCoalition() throws Exception {
		ApiResponse created = propose("Dynamic Coalition on Spam", "alice");
		assertThat(created.statusCode()).isEqualTo(201);
		String id = created.headers().firstValue("Location").orElseThrow().replace("/api/coalitions/", "");

		try (EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS)) {
			List<ConsumerRecord<String, byte[]>> records = probe.await(record -> id.equals(record.key()), 2,
					Duration.ofSeconds(30));
			assertThat(records).as("the proposal, then the reporting status it starts with").hasSize(2);
			int year = LocalDate.now(ZoneOffset.UTC).getYear();
			assertThat(EventProbe.header(records.get(1), CloudEvents.TYPE))
				.isEqualTo("org.coalitions.coalition.reporting-status-changed.v1");
			assertThat(EventProbe.value(records.get(1))).isEqualTo("{\"coalitionId\":\"" + id + "\",\"cycle\":" + year
					+ ",\"status\":\"DUE\",\"deadline\":\"" + (year + 1) + "-03-31\"}");
			ConsumerRecord<String, byte[]> record = records.get(0);
			assertThat(EventProbe.header(record, CloudEvents.TYPE)).isEqualTo("org.coalitions.coalition.proposed.v1");
			assertThat(EventProbe.header(record, CloudEvents.SOURCE)).isEqualTo("/coalition-service");
			assertThat(EventProbe.header(record, CloudEvents.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(EventProbe.header(record, CloudEvents.CONTENT_TYPE)).isEqualTo("application/json");
			assertThat(EventProbe.header(record, CloudEvents.ID)).isNotBlank();
			assertThat(EventProbe.header(record, CloudEvents.TIME)).isNotBlank();
			assertThat(EventProbe.header(record, CloudEvents.ACTOR)).isEqualTo("alice");
			assertThat(EventProbe.value(record)).contains("\"coalitionId\":\"" + id + "\"")
				.contains("\"name\":\"Dynamic Coalition on Spam\"")
				.contains("\"joinPolicy\":\"OPEN\"")
				.doesNotContain("org.coalitions");
			assertThat(record.headers().lastHeader("__TypeId__")).isNull();
		}
	}

	@Test
	void namesAreUniqueRegardlessOfCase() throws Exception {
		assertThat(propose("Open Standards Coalition", "bruno").statusCode()).isEqualTo(201);
		propose("open standards COALITION", "chen").assertProblem(409);
	}

	@Test
	void listingFindsCoalitionsByWordsOfTheirNameAndSummary() throws Exception {
		propose("Coalition on Privacy", "dana");
		ApiResponse found = api.get("/api/coalitions?q=priv");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("Coalition on Privacy").doesNotContain("outbox");
	}

	@Test
	void theListShowsSummariesWithoutCharterLinksOrInternals() throws Exception {
		ApiResponse created = post("""
				{"name": "Summarised Quokka Coalition", "theme": "OTHER", "themeName": "Marsupials online",
				 "summary": "A short line for the list.", "charter": "A long charter nobody lists.",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, "joinPolicy": "MODERATED", "links": {"website": "https://quokka.example.org"}}""", "alice");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();

		ApiResponse found = get("/api/coalitions?q=quokka");
		assertThat(found.statusCode()).isEqualTo(200);
		JsonNode page = found.json();
		assertThat(page.get("items")).hasSize(1);
		JsonNode item = page.get("items").get(0);
		assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "name", "theme", "themeName", "summary",
				"joinPolicy", "status", "proposedAt", "lastActivityAt");
		assertThat(item.get("id").asString()).isEqualTo(id);
		assertThat(item.get("name").asString()).isEqualTo("Summarised Quokka Coalition");
		assertThat(item.get("theme").asString()).isEqualTo("OTHER");
		assertThat(item.get("themeName").asString()).isEqualTo("Marsupials online");
		assertThat(item.get("summary").asString()).isEqualTo("A short line for the list.");
		assertThat(item.get("joinPolicy").asString()).isEqualTo("MODERATED");
		assertThat(item.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(Instant.parse(item.get("proposedAt").asString())).isNotNull();
		assertThat(item.get("lastActivityAt").asString()).isEqualTo(item.get("proposedAt").asString());
		assertThat(found.body()).doesNotContain("A long charter nobody lists.").doesNotContain("quokka.example.org");

		JsonNode one = get("/api/coalitions/" + id).json();
		assertThat(one.get("charter").asString()).as("one coalition keeps its charter")
			.isEqualTo("A long charter nobody lists.");
		assertThat(one.get("links").get("website").asString()).isEqualTo("https://quokka.example.org");
	}

	@Test
	void pagesTellTheTotalWhetherFullPartialOrPastTheEnd() throws Exception {
		for (String letter : List.of("E", "C", "A", "D", "B")) {
			assertThat(propose("Wombat Paging " + letter + " Coalition", "bruno").statusCode()).isEqualTo(201);
		}
		assertPage("?q=wombat&size=2&page=0", 5, "Paging A", "Paging B");
		assertPage("?q=wombat&size=2&page=1", 5, "Paging C", "Paging D");
		assertPage("?q=wombat&size=2&page=2", 5, "Paging E");
		assertPage("?q=wombat&size=2&page=3", 5);
		assertPage("?q=wombat&size=2&page=40", 5);
		assertPage("?q=wombat&size=5", 5, "Paging A", "Paging B", "Paging C", "Paging D", "Paging E");
		assertPage("?q=wombat&size=100", 5, "Paging A", "Paging B", "Paging C", "Paging D", "Paging E");
		assertPage("?q=nothing-is-called-this&size=10", 0);
		assertPage("?q=nothing-is-called-this&size=10&page=3", 0);
	}

	@Test
	void filtersByThemeStatusAndWordsTogether() throws Exception {
		assertThat(propose("Numbat Filter Coalition", "chen").statusCode()).isEqualTo(201);
		assertThat(post("""
				{"name": "Numbat Privacy Coalition", "theme": "PRIVACY_AND_DATA_PROTECTION",
				 "summary": "Numbats keep secrets.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, "joinPolicy": "OPEN"}""", "chen").statusCode()).isEqualTo(201);

		assertPage("?q=numbat", 2, "Filter", "Privacy");
		assertPage("?q=numbat&theme=SPAM", 1, "Filter");
		assertPage("?q=numbat&theme=PRIVACY_AND_DATA_PROTECTION&status=PROPOSED", 1, "Privacy");
		assertPage("?q=numbat&status=ACTIVE", 0);
		assertPage("?q=numbat%20secrets", 1, "Privacy");
		assertPage("?q=NUMB%C3%81T%20filt", 1, "Filter");
	}

	@Test
	void storeCommandsAndSecurityFiltersAreNotTimedOneByOneButRequestsAndThePoolAre() throws Exception {
		assertThat(get("/api/coalitions?size=1").statusCode()).isEqualTo(200);
		assertThat(meters.find("mongodb.driver.commands").meters()).isEmpty();
		assertThat(meters.find("mongodb.driver.pool.size").meters()).isNotEmpty();
		assertThat(meters.find("http.server.requests").tag("uri", "/api/coalitions").meters()).isNotEmpty();
		assertThat(meters.getMeters()).as("no observation of each security filter")
			.noneMatch(meter -> meter.getId().getName().startsWith("spring.security"));
	}

	/** The page holds one item per {@code marks}, in order, each name containing its mark; {@code total} is as given. */
	private void assertPage(String query, long total, String... marks) throws Exception {
		ApiResponse found = get("/api/coalitions" + query);
		assertThat(found.statusCode()).as(query + ": " + found.body()).isEqualTo(200);
		JsonNode page = found.json();
		assertThat(page.get("total").asLong()).as(query + " total").isEqualTo(total);
		List<String> names = new ArrayList<>();
		page.get("items").forEach(item -> names.add(item.get("name").asString()));
		assertThat(names).as(query).hasSize(marks.length);
		for (int i = 0; i < marks.length; i++) {
			assertThat(names.get(i)).as(query).contains(marks[i]);
		}
	}

	@Test
	void invalidProposalsGetAProblemListingTheFieldsAndStoreNothing() throws Exception {
		long before = count();
		post("{\"name\": \"\", \"theme\": \"NOT_A_THEME\", \"joinPolicy\": \"OPEN\"}", "alice").assertProblem(400);
		post("{\"name\": \"ab\", \"summary\": \"" + "x".repeat(1001) + "\"}", "alice")
			.assertInvalid("name", "theme", "summary", "joinPolicy", "statement");
		post("{\"name\": ", "alice").assertProblem(400);
		assertThat(count()).isEqualTo(before);
	}

	/** The slices check each kind of token; this checks that the running service is wired to refuse them. */
	@Test
	void proposingNeedsASignedInPersonWithATokenOfOurRealm() throws Exception {
		assertThat(api.post("/api/coalitions", null, "{}").statusCode()).isEqualTo(401);
		String foreign = TestTokens.sign("http://evil.example/realms/coalitions", "alice", "Alice", "a@x", List.of(),
				Instant.now().plusSeconds(600));
		assertThat(api.post("/api/coalitions", foreign, "{}").statusCode()).isEqualTo(401);
		String expired = TestTokens.sign("alice", "Alice", "a@x", List.of(), Instant.now().minusSeconds(600));
		assertThat(api.post("/api/coalitions", expired, "{}").statusCode()).isEqualTo(401);
	}

	@Test
	void theApiIsDescribedByOpenApiWithSwaggerUi() throws Exception {
		ApiResponse docs = api.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/coalitions/{id}/charter").contains("/api/coalitions/{coalitionId}/threads");
		ApiResponse ui = api.get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
	}

	private ApiResponse get(String path) {
		return api.get(path);
	}

	private long count() {
		return get("/api/coalitions?size=1").json().get("total").asLong();
	}

	private ApiResponse post(String body, String user) {
		return api.post("/api/coalitions", TestTokens.of(user, user), body);
	}

	private ApiResponse propose(String name, String user) {
		return post("""
				{"name": "%s", "theme": "SPAM", "summary": "Fighting unsolicited bulk mail across borders.",
				 "charter": "We coordinate.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, "joinPolicy": "OPEN"}""".formatted(name), user);
	}
}
