package org.coalitions.coalition.related;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Related coalitions through the API, on the real broker and store: the index follows the service's own events
 * (proposals, threads) and membership-service's (members joining), and anyone may read what it finds.
 */
@ApiIntegrationTest("coalition-service")
class RelatedCoalitionsIntegrationTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(30);

	ApiClient api;

	@Autowired
	Rosters rosters;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	/** Words no other test uses, so that this test's coalitions are told apart from everything in the store. */
	final String moss = "bryophyte" + word();

	final String greenhouse = "terrarium" + word();

	@AfterEach
	void close() {
		events.close();
	}

	/**
	 * Text similarity weighs words by how rare they are among all coalitions: among three coalitions that all
	 * speak of moss, moss tells nothing. So the store holds, as the forum's does, other coalitions beside this
	 * test's, whatever other tests left.
	 */
	@BeforeEach
	void theForumsOtherCoalitions() throws Exception {
		for (IndexedCoalition other : RelatedIndexTests.OTHERS) {
			propose(other.name() + " " + word(), "sam", other.texts().get(1), other.texts().get(2));
		}
	}

	@Test
	void proposalsOnOneSubjectRelateAndAThreadBringsAThirdOne() throws Exception {
		String lunar = propose("Lunar " + moss + " growers " + word(), "alice",
				moss + " and " + greenhouse + " research: hydroponic " + moss + " cultivation, spores and lichen.",
				"We test hydroponic " + moss + " beds, " + moss + " spores and lichen in pressurised " + greenhouse
						+ " modules on the Moon.");
		String orbital = propose("Orbital " + moss + " farmers " + word(), "bruno",
				"Hydroponic " + moss + " in orbital " + greenhouse + " stations: spores, lichen and " + moss + " beds.",
				greenhouse + " lighting for " + moss + " spores and lichen on long missions.");
		String tango = propose("Glacier tango dancers " + word(), "chen", "Dancing tango on glaciers.",
				"Winter festivals of tango music on the ice fields of Patagonia.");

		List<JsonNode> related = awaitRelated(lunar, found -> ids(found).contains(orbital));
		JsonNode orbitalAsRelated = related.stream().filter(r -> r.get("id").asString().equals(orbital)).findFirst()
			.orElseThrow();
		assertThat(orbitalAsRelated.get("name").asString()).startsWith("Orbital ");
		assertThat(orbitalAsRelated.get("theme").asString()).isEqualTo("OTHER");
		assertThat(orbitalAsRelated.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(orbitalAsRelated.get("score").asDouble()).isPositive();
		JsonNode reason = reasons(orbitalAsRelated, "SIMILAR_TEXT");
		assertThat(reason.get("terms").toString()).contains(moss, greenhouse);
		assertThat(orbitalAsRelated.toString()).doesNotContain("SHARED_MEMBERS");
		assertThat(ids(related)).doesNotContain(lunar, tango);
		assertThat(ids(relatedTo(tango))).doesNotContain(lunar, orbital);

		// a thread on the same subject in the tango coalition reaches the index through its event
		awaitRole(tango, "chen");
		api.post("/api/coalitions/" + tango + "/threads", TestTokens.of("chen", "Chen"),
				"{\"title\": \"" + moss + " spores, lichen and hydroponic " + greenhouse + " beds on the glacier\", "
						+ "\"body\": \"Who joins?\"}")
			.assertStatus(201);
		awaitRelated(tango, found -> ids(found).contains(lunar) && ids(found).contains(orbital));
		// six words in common and five shown (Relatedness.MAX_TERMS), all once in the thread: which one is left out
		// is a tie, so the reason names at least one of the thread's two rare words
		assertThat(reasons(relatedTo(lunar).stream().filter(r -> r.get("id").asString().equals(tango)).findFirst()
			.orElseThrow(), "SIMILAR_TEXT").get("terms").toString()).containsAnyOf(moss, greenhouse);
	}

	@Test
	void peopleInBothRelateCoalitionsWithNothingElseInCommon() throws Exception {
		String kites = propose("Kite surfing archivists " + word(), "dana", "Old kite designs, scanned.",
				"A catalogue of surf kites since 1980.");
		String bees = propose("Urban beekeepers " + word(), "emeka", "Hives on city roofs.",
				"Pollinator corridors between parks.");
		assertThat(ids(relatedTo(kites))).doesNotContain(bees);

		// emeka joins the kite coalition and dana the bee one: each coalition's two members are in both
		events.publish(new MemberJoined(kites, "emeka", "Emeka", "CIVIL_SOCIETY", "NG", "MEMBER"), "emeka");
		events.publish(new MemberJoined(bees, "dana", "Dana", "GOVERNMENT", "CA", "MEMBER"), "dana");
		JsonNode beesAsRelated = awaitRelated(kites, found -> ids(found).contains(bees)).stream()
			.filter(r -> r.get("id").asString().equals(bees))
			.findFirst()
			.orElseThrow();
		assertThat(reasons(beesAsRelated, "SHARED_MEMBERS").get("count").asInt()).isEqualTo(2);
		assertThat(beesAsRelated.toString()).as("the same theme (OTHER) only with the same theme name")
			.doesNotContain("SAME_THEME");

		// the table has the pair once, with the same reasons, for anyone
		ApiResponse table = api.get("/api/related");
		assertThat(table.statusCode()).isEqualTo(200);
		List<JsonNode> pairs = new ArrayList<>();
		table.json().forEach(pairs::add);
		List<JsonNode> ours = pairs.stream()
			.filter(pair -> List.of(kites, bees).contains(pair.get("first").get("id").asString())
					&& List.of(kites, bees).contains(pair.get("second").get("id").asString()))
			.toList();
		assertThat(ours).hasSize(1);
		assertThat(ours.get(0).get("reasons")).isEqualTo(beesAsRelated.get("reasons"));
		assertThat(ours.get(0).get("score")).isEqualTo(beesAsRelated.get("score"));
		assertThat(pairs).extracting(pair -> pair.get("score").asDouble())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void anUnknownCoalitionIsA404Problem() {
		api.get("/api/coalitions/no-such-coalition/related").assertProblem(404);
	}

	private String propose(String name, String user, String summary, String charter) throws Exception {
		return api.post("/api/coalitions", TestTokens.of(user, user), """
				{"name": "%s", "theme": "OTHER", "summary": "%s", "charter": "%s", "joinPolicy": "OPEN",
				 "statement": {"rationale": "%s", "actionPlan": "Meet monthly.", "contactPersons": ["%s"]}}"""
			.formatted(name, summary, charter, summary, user))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	/** Anonymous, as the coalition page asks. */
	private List<JsonNode> relatedTo(String id) {
		ApiResponse answer = api.get("/api/coalitions/" + id + "/related");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		List<JsonNode> related = new ArrayList<>();
		answer.json().forEach(related::add);
		return related;
	}

	private List<JsonNode> awaitRelated(String id, Predicate<List<JsonNode>> condition) {
		List<List<JsonNode>> last = new ArrayList<>(List.of(List.of()));
		Ports.await("related coalitions of " + id, EVENTUALLY, () -> {
			last.set(0, relatedTo(id));
			return condition.test(last.get(0));
		});
		return last.get(0);
	}

	private void awaitRole(String coalitionId, String user) {
		Ports.await(user + " as coordinator", EVENTUALLY,
				() -> rosters.roleOf(coalitionId, user).orElse(null) == Role.COORDINATOR);
	}

	private static JsonNode reasons(JsonNode related, String kind) {
		for (JsonNode reason : related.get("reasons")) {
			if (reason.get("kind").asString().equals(kind)) {
				return reason;
			}
		}
		throw new AssertionError("no reason " + kind + " in " + related);
	}

	private static List<String> ids(List<JsonNode> related) {
		return related.stream().map(r -> r.get("id").asString()).toList();
	}

	private static String word() {
		return UUID.randomUUID().toString().substring(0, 8).replace("-", "");
	}
}
