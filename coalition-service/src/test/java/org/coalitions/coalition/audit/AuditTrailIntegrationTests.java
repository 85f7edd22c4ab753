package org.coalitions.coalition.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on the real broker and store: the service's own events (through its outbox) and
 * membership-service's (published as it would) become one entry each with the acting user, a redelivered event
 * adds nothing, and only the secretariat reads it.
 */
@ApiIntegrationTest("coalition-service")
class AuditTrailIntegrationTests {

	static final String SECRETARIAT = TestTokens.of("sam", "Sam", "secretariat");

	ApiClient api;

	@Autowired
	Rosters rosters;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void eventsOfBothTopicsAreRecordedOnceWithTheirActorNewestFirst() throws Exception {
		String id = propose("Coalition on Audited Standards", "alice");
		// the coalition's own events (the proposal and its first reporting status), through the outbox and Kafka
		await(id, 2);
		events.publish(new MemberJoined(id, "bruno", "Bruno", "GOVERNMENT", "BR", "MEMBER"), "bruno");
		PendingEvent request = events.publish(new JoinRequested(id, "r-1", "chen", "Chen", "PRIVATE_SECTOR", "CN",
				"Write to me at chen@example.org"), "chen");
		await(id, 4);
		api.post("/api/coalitions/" + id + "/threads", token("bruno"), "{\"title\": \"First steps\", \"body\": \"Hello\"}")
			.assertStatus(201);
		await(id, 5);

		// redelivered, then followed on the same topic and partition by one more event: once that one is in,
		// the redelivery has been consumed too
		events.publish(request);
		events.publish(new RoleChanged(id, "bruno", "COORDINATOR", "alice"), "alice");
		await(id, 6);

		JsonNode trail = get("/api/coalitions/" + id + "/audit", SECRETARIAT).json();
		assertThat(trail.get("total").asLong()).isEqualTo(6);
		List<String> lines = new ArrayList<>();
		trail.get("items").forEach(entry -> lines.add(entry.get("event").asString() + " by "
				+ entry.get("actorId").asString() + ": " + entry.get("summary").asString()));
		// recorded at the same instant as the proposal, so either may come first
		int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
		String reporting = "ReportingStatusChanged by alice: Annual report " + year + " is now DUE (due " + (year + 1)
				+ "-03-31)";
		assertThat(lines).contains(reporting);
		lines.remove(reporting);
		assertThat(lines).containsExactly("RoleChanged by alice: bruno is now COORDINATOR (changed by alice)",
				"ThreadStarted by bruno: Thread \"First steps\" started by bruno",
				"JoinRequested by chen: Chen (chen) asked to join",
				"MemberJoined by bruno: Bruno (bruno) joined as MEMBER",
				"CoalitionProposed by alice: Coalition \"Coalition on Audited Standards\" proposed by alice "
						+ "(theme OPEN_STANDARDS, join policy OPEN)");
		JsonNode requested = trail.get("items").get(2);
		assertThat(requested.get("eventId").asString()).isEqualTo(request.eventId());
		assertThat(requested.get("type").asString()).isEqualTo("org.coalitions.membership.join-requested.v1");
		assertThat(requested.get("coalitionId").asString()).isEqualTo(id);
		assertThat(requested.get("at").asString()).isNotBlank();
		assertThat(trail.toString()).as("no addresses or personal messages").doesNotContain("chen@example.org");

		JsonNode secondPage = get("/api/coalitions/" + id + "/audit?page=1&size=2", SECRETARIAT).json();
		assertThat(secondPage.get("items")).hasSize(2);
		assertThat(secondPage.get("items").get(0).get("event").asString()).isEqualTo("JoinRequested");
		assertThat(secondPage.get("total").asLong()).isEqualTo(6);
	}

	@Test
	void onlyTheSecretariatReadsTheTrail() throws Exception {
		String id = propose("Coalition on Watched Rights", "dana");
		awaitRole(id, "dana", Role.COORDINATOR);
		events.publish(new MemberJoined(id, "emeka", "Emeka", "ACADEMIC_COMMUNITY", "NG", "MEMBER"), "emeka");
		awaitRole(id, "emeka", Role.MEMBER);
		String path = "/api/coalitions/" + id + "/audit";

		assertThat(get(path, null).statusCode()).as("anonymous").isEqualTo(401);
		for (String user : List.of("dana", "emeka", "farah")) {
			get(path, token(user)).assertProblem(403);
		}
		assertThat(get(path, SECRETARIAT).statusCode()).isEqualTo(200);
		get("/api/coalitions/no-such-coalition/audit", SECRETARIAT).assertProblem(404);
	}

	@Test
	void aThreadStartedElsewhereDoesNotShowInThisTrail() throws Exception {
		String id = propose("Coalition on Separate Trails", "gita");
		String other = propose("Coalition on Other Trails", "gita");
		events.publish(new ThreadStarted(other, "t-1", "Elsewhere", "gita", "Gita"), "gita");
		await(other, 2);
		await(id, 1);
		assertThat(get("/api/coalitions/" + id + "/audit", SECRETARIAT).json().toString()).doesNotContain("Elsewhere");
	}

	private void await(String id, int entries) {
		Ports.await(entries + " audit entries", Duration.ofSeconds(30), () -> {
			ApiResponse trail = get("/api/coalitions/" + id + "/audit?size=100", SECRETARIAT);
			return trail.statusCode() == 200 && trail.json().get("total").asLong() >= entries;
		});
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private String propose(String name, String user) throws Exception {
		return api.post("/api/coalitions", token(user), "{\"name\": \"" + name
				+ "\", \"theme\": \"OPEN_STANDARDS\", \"summary\": \"Audited.\", \"statement\": {\"rationale\": \"Needed.\", \"actionPlan\": \"Meet monthly.\", \"contactPersons\": [\"Contact Person\"]}, \"joinPolicy\": \"OPEN\"}")
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	private static String token(String user) {
		return TestTokens.of(user, user);
	}

	private ApiResponse get(String path, String token) {
		return api.get(path, token);
	}
}
