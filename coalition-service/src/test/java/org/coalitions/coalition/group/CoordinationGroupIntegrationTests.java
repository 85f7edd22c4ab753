package org.coalitions.coalition.group;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.CoordinationGroupChanged;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.RepresentativesNamed;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
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
 * The coordination group through coalition-service's API and the real broker: an active coalition's coordinators
 * are in it, named representatives replace them while they are members, a coalition that stops being active
 * leaves it, and the group's list is published once per change.
 */
@ApiIntegrationTest("coalition-service")
class CoordinationGroupIntegrationTests {

	ApiClient api;

	@Autowired
	Rosters rosters;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	final EventProbe published = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS);

	/** Unique people per run: the broker is shared with other test classes. */
	String ana;

	String ben;

	String cal;

	@BeforeEach
	void people() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		ana = "ana-" + run;
		ben = "ben-" + run;
		cal = "cal-" + run;
	}

	@AfterEach
	void close() {
		events.close();
		published.close();
	}

	@Test
	void anActiveCoalitionsCoordinatorsRepresentItUntilOthersAreNamedAndItLeavesWhenItStopsBeingActive()
			throws Exception {
		String id = propose("Coalition on Open Standards " + ana, ana);
		awaitRole(id, ana, Role.COORDINATOR);
		assertThat(memberIds()).as("a proposed coalition has no seat").doesNotContain(ana);

		activate(id);
		awaitGroup(ana);
		JsonNode group = api.get("/api/coordination-group").assertStatus(200).json();
		JsonNode member = member(group, ana);
		assertThat(member.get("name").asString()).isEqualTo("Ana");
		assertThat(member.get("coalitions").get(0).get("id").asString()).isEqualTo(id);
		assertThat(member.get("coalitions").get(0).get("name").asString()).startsWith("Coalition on Open Standards");
		assertThat(api.get("/api/coordination-group").body()).as("names only, never addresses").doesNotContain("@");

		PendingEvent benJoined = events.publish(new MemberJoined(id, ben, "Ben", "GOVERNMENT", "KE", "MEMBER"), ben);
		awaitRole(id, ben, Role.MEMBER);
		events.publish(benJoined); // redelivered: changes nothing
		assertThat(groupChangesWith(ana)).as("the list is published once, whatever else happens")
			.hasSize(1)
			.first()
			.extracting(CoordinationGroupChanged::memberIds)
			.isEqualTo(List.of(ana));

		String representatives = "/api/coalitions/" + id + "/representatives";
		api.put(representatives, TestTokens.of(ben, "Ben"), "{\"representativeIds\": [\"" + ben + "\"]}")
			.assertProblem(403);
		api.put(representatives, token(ana), "{\"representativeIds\": [\"" + cal + "\"]}")
			.assertInvalid("representativeIds");
		api.put(representatives, token(ana),
				"{\"representativeIds\": [\"" + ana + "\", \"" + ben + "\", \"" + ana + "x\"]}")
			.assertInvalid("representativeIds");
		JsonNode named = api.put(representatives, token(ana), "{\"representativeIds\": [\"" + ben + "\"]}")
			.assertStatus(200)
			.json();
		assertThat(named.get("named").get(0).asString()).isEqualTo(ben);
		assertThat(named.get("representatives").get(0).get("name").asString()).isEqualTo("Ben");
		assertThat(memberIds()).contains(ben).doesNotContain(ana);
		assertThat(published.await(record -> data(record) instanceof RepresentativesNamed named1
				&& named1.coalitionId().equals(id), 1, Duration.ofSeconds(30))).hasSize(1);

		events.publish(new MemberLeft(id, ben, null), ben);
		Ports.await("the coordinators again once the representative left", Duration.ofSeconds(30),
				() -> memberIds().contains(ana) && !memberIds().contains(ben));

		ApiResponse closed = api.post("/api/coalitions/" + id + "/close", token(ana), "{\"reason\": \"Work done\"}");
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		Ports.await("a closed coalition loses its seat", Duration.ofSeconds(30), () -> !memberIds().contains(ana));
		assertThat(groupChangesWith(ana)).as("in, out for Ben, back, out").hasSizeGreaterThanOrEqualTo(2);
		assertThat(api.get(representatives).assertStatus(200).json().get("representatives")).isEmpty();
	}

	@Test
	void groupMembersAndTheSecretariatPostInTheGroupEveryoneReadsIt() throws Exception {
		String id = propose("Coalition on Spam " + ana, ana);
		awaitRole(id, ana, Role.COORDINATOR);
		activate(id);
		awaitGroup(ana);
		String space = "/api/coalitions/" + CoordinationGroup.ID;

		ApiResponse thread = api.post(space + "/threads", token(ana),
				"{\"title\": \"Overlaps on spam\", \"body\": \"Who else works on spam?\"}");
		assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
		String threadId = thread.json().get("id").asString();
		api.post(space + "/threads/" + threadId + "/replies", TestTokens.of("sam", "Sam", "secretariat"),
				"{\"body\": \"We do.\"}").assertStatus(201);
		api.post(space + "/threads", TestTokens.of(cal, "Cal"), "{\"title\": \"t\", \"body\": \"b\"}").assertProblem(403);
		api.post(space + "/meetings", token(ana), """
				{"title": "Monthly call", "startsAt": "2030-01-15T14:00:00", "timeZone": "UTC", "agenda": "Overlaps"}""")
			.assertStatus(201);
		assertThat(api.post(space + "/threads", null, "{\"title\": \"t\", \"body\": \"b\"}").statusCode())
			.as("posting needs a signed-in person").isEqualTo(401);

		JsonNode threads = api.get(space + "/threads").assertStatus(200).json();
		assertThat(threads.get("items").get(0).get("title").asString()).isEqualTo("Overlaps on spam");
		assertThat(api.get(space + "/threads/" + threadId).assertStatus(200).json().get("replies").get(0).get("body")
			.asString()).isEqualTo("We do.");
		assertThat(api.get(space + "/meetings").assertStatus(200).json().get(0).get("title").asString())
			.isEqualTo("Monthly call");
		assertThat(api.get("/api/coalitions/" + CoordinationGroup.ID).statusCode())
			.as("the group is no coalition: not in the register").isEqualTo(404);
		assertThat(api.get("/api/coalitions?size=100").body()).doesNotContain(CoordinationGroup.ID);
	}

	private String propose(String name, String user) {
		return api.post("/api/coalitions", token(user), """
				{"name": "%s", "theme": "OPEN_STANDARDS", "summary": "Standards.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.", "contactPersons": ["Ana"]}}"""
			.formatted(name)).assertStatus(201).json().get("id").asString();
	}

	/**
	 * Approval (where the secretariat's review exists) and a balance that meets the multistakeholder rule: what
	 * makes a proposed coalition active.
	 */
	private void activate(String id) {
		api.post("/api/coalitions/" + id + "/review", TestTokens.of("sam", "Sam", "secretariat"),
				"{\"decision\": \"APPROVED\"}");
		events.publish(new BalanceChanged(id, 3, Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1, "PRIVATE_SECTOR", 1),
				Map.of("AFRICAN_STATES", 3), 3, 3, true), ana);
		Ports.await("active", Duration.ofSeconds(30),
				() -> "ACTIVE".equals(api.get("/api/coalitions/" + id).json().get("status").asString()));
	}

	private void awaitGroup(String person) {
		Ports.await(person + " in the group", Duration.ofSeconds(30), () -> memberIds().contains(person));
	}

	private List<String> memberIds() {
		return api.get("/api/coordination-group")
			.assertStatus(200)
			.json()
			.get("members")
			.valueStream()
			.map(member -> member.get("id").asString())
			.toList();
	}

	private static JsonNode member(JsonNode group, String id) {
		return group.get("members")
			.valueStream()
			.filter(member -> member.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private List<CoordinationGroupChanged> groupChangesWith(String person) {
		return published.settle(record -> data(record) instanceof CoordinationGroupChanged changed
				&& changed.memberIds().contains(person), Duration.ofSeconds(3))
			.stream()
			.map(record -> (CoordinationGroupChanged) data(record))
			.toList();
	}

	private static Object data(ConsumerRecord<String, byte[]> record) {
		String type = EventProbe.header(record, "ce_type");
		return EventCatalog.byName(type).map(known -> (Object) EventJson.read(record.value(), known.dataType()))
			.orElse(null);
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private static String token(String user) {
		return TestTokens.of(user, "Ana");
	}
}
