package org.coalitions.coalition.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.coalitions.coalition.roster.Role;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.infra.Ports;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on the real broker and store: the service's own events (through its outbox) and
 * membership-service's (published as it would) become one entry each with the acting user, a redelivered event
 * adds nothing, and only the secretariat reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIntegrationTests {

	static final String SECRETARIAT = TestTokens.of("sam", "Sam", "secretariat");

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		TestInfra.register(registry, "coalition-service");
	}

	@LocalServerPort
	int port;

	@Autowired
	Rosters rosters;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

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
		HttpResponse<String> thread = send("POST", "/api/coalitions/" + id + "/threads", token("bruno"),
				"{\"title\": \"First steps\", \"body\": \"Hello\"}", true);
		assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
		await(id, 5);

		// redelivered, then followed on the same topic and partition by one more event: once that one is in,
		// the redelivery has been consumed too
		events.publish(request);
		events.publish(new RoleChanged(id, "bruno", "COORDINATOR", "alice"), "alice");
		await(id, 6);

		JsonNode trail = read(get("/api/coalitions/" + id + "/audit", SECRETARIAT));
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

		JsonNode secondPage = read(get("/api/coalitions/" + id + "/audit?page=1&size=2", SECRETARIAT));
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
			HttpResponse<String> refused = get(path, token(user));
			assertThat(refused.statusCode()).as(user).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		}
		assertThat(get(path, SECRETARIAT).statusCode()).isEqualTo(200);
		HttpResponse<String> unknown = get("/api/coalitions/no-such-coalition/audit", SECRETARIAT);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(get(path + "?size=1000", SECRETARIAT).statusCode()).isEqualTo(400);
		assertThat(get(path + "?page=-1", SECRETARIAT).statusCode()).isEqualTo(400);
	}

	@Test
	void aThreadStartedElsewhereDoesNotShowInThisTrail() throws Exception {
		String id = propose("Coalition on Separate Trails", "gita");
		String other = propose("Coalition on Other Trails", "gita");
		events.publish(new ThreadStarted(other, "t-1", "Elsewhere", "gita", "Gita"), "gita");
		await(other, 2);
		await(id, 1);
		assertThat(read(get("/api/coalitions/" + id + "/audit", SECRETARIAT)).toString()).doesNotContain("Elsewhere");
	}

	private void await(String id, int entries) {
		Ports.await(entries + " audit entries", Duration.ofSeconds(30), () -> {
			HttpResponse<String> trail = get("/api/coalitions/" + id + "/audit?size=100", SECRETARIAT);
			return trail.statusCode() == 200 && read(trail).get("total").asLong() >= entries;
		});
	}

	private void awaitRole(String coalitionId, String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalitionId, user).orElse(null) == role);
	}

	private String propose(String name, String user) throws Exception {
		HttpResponse<String> created = send("POST", "/api/coalitions", token(user), "{\"name\": \"" + name
				+ "\", \"theme\": \"OPEN_STANDARDS\", \"summary\": \"Audited.\", \"joinPolicy\": \"OPEN\"}", true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return read(created).get("id").asString();
	}

	private static String token(String user) {
		return TestTokens.of(user, user);
	}

	private HttpResponse<String> get(String path, String token) {
		return send("GET", path, token, null, false);
	}

	private HttpResponse<String> send(String method, String path, String token, String body, boolean json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (json) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}
}
