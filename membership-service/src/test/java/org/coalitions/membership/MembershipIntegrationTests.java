package org.coalitions.membership;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.infra.Ports;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.coalitions.membership.privacy.KeycloakStandIn;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against the real broker and store, driven over HTTP with signed tokens as a client would. Every
 * integration test class extends this one, so they share one application context (and its consumer groups).
 * Each test uses fresh coalition and person ids, so tests do not see each other's data.
 */
@ApiIntegrationTest("membership-service")
public abstract class MembershipIntegrationTests {

	protected static final Duration WAIT = Duration.ofSeconds(30);

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	protected ApiClient api;

	private EventProbe probe;

	private TestEvents events;

	/** Keycloak's admin API, for "delete my account": a stand-in (one per test JVM). */
	@DynamicPropertySource
	static void signInAccounts(DynamicPropertyRegistry registry) {
		registry.add("coalitions.membership.accounts.base-url", () -> KeycloakStandIn.get().url());
		registry.add("coalitions.membership.accounts.client-secret", () -> KeycloakStandIn.SECRET);
	}

	@AfterEach
	void closeClients() {
		if (probe != null) {
			probe.close();
			probe = null;
		}
		if (events != null) {
			events.close();
			events = null;
		}
	}

	/** A fresh id for a person or coalition, readable in logs. */
	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	protected static String token(String userId, String... roles) {
		return TestTokens.of(userId, "Name of " + userId, roles);
	}

	// --- coalition-service's side ------------------------------------------------------------------------

	protected TestEvents coalitionEvents() {
		if (events == null) {
			events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());
		}
		return events;
	}

	/** Publishes a proposal as coalition-service would, and waits until its proposer coordinates it here. */
	protected String proposed(String proposerId, String joinPolicy) {
		String id = UUID.randomUUID().toString();
		publishProposal(id, proposerId, joinPolicy);
		awaitMember(id, proposerId, "COORDINATOR");
		return id;
	}

	protected PendingEvent publishProposal(String coalitionId, String proposerId, String joinPolicy) {
		return coalitionEvents().publish(new CoalitionProposed(coalitionId, "Coalition " + coalitionId, "SPAM",
				"Working together.", joinPolicy, proposerId, "Name of " + proposerId), proposerId);
	}

	protected void awaitMember(String coalitionId, String memberId, String role) {
		Ports.await(memberId + " as " + role + " of " + coalitionId, WAIT, () -> {
			ApiResponse members = get("/api/coalitions/" + coalitionId + "/members", token(memberId));
			return members.statusCode() == 200 && member(json(members), memberId) != null
					&& role.equals(member(json(members), memberId).path("role").asString());
		});
	}

	protected void awaitDirectory(String coalitionId, String field, String value) {
		Ports.await("the directory's " + field + " of " + coalitionId + " to be " + value, WAIT, () -> {
			ApiResponse info = get("/api/coalitions/" + coalitionId + "/membership-info", null);
			return info.statusCode() == 200 && value.equals(json(info).path(field).asString());
		});
	}

	// --- membership.events, as the other services see them ---------------------------------------------

	protected EventProbe probe() {
		if (probe == null) {
			probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.MEMBERSHIP_EVENTS);
		}
		return probe;
	}

	/** Waits for at least {@code count} events of the type about the coalition, and returns all seen so far. */
	protected <T extends CoalitionEvent> List<T> awaitEvents(String coalitionId, Class<T> type, int count) {
		return decode(probe().await(record -> is(record, coalitionId, type), count, WAIT), type);
	}

	/** Every event of the type about the coalition, after a quiet while in which more could have arrived. */
	protected <T extends CoalitionEvent> List<T> settledEvents(String coalitionId, Class<T> type) {
		return decode(probe().settle(record -> is(record, coalitionId, type), Duration.ofSeconds(2)), type);
	}

	private static boolean is(ConsumerRecord<String, byte[]> record, String coalitionId, Class<?> type) {
		return coalitionId.equals(record.key())
				&& EventCatalog.of(type.asSubclass(CoalitionEvent.class)).name().equals(EventProbe.header(record,
						CloudEvents.TYPE));
	}

	private static <T> List<T> decode(List<ConsumerRecord<String, byte[]>> records, Class<T> type) {
		return records.stream().map(record -> EventJson.read(record.value(), type)).toList();
	}

	// --- HTTP --------------------------------------------------------------------------------------------

	protected ApiResponse get(String path, String token) {
		return api.get(path, token);
	}

	protected ApiResponse post(String path, String token, String body) {
		return api.post(path, token, body);
	}

	protected ApiResponse put(String path, String token, String body) {
		return api.put(path, token, body);
	}

	protected ApiResponse delete(String path, String token) {
		return api.delete(path, token);
	}

	/** Completes a person's profile through the API, as they would. */
	protected void profile(String userId, String group, String country, boolean emailVisibleToCoordinators) {
		ApiResponse saved = put("/api/me", token(userId), """
				{"displayName": "Name of %s", "stakeholderGroup": "%s", "country": "%s", "organisation": "Org",
				 "timeZone": "UTC", "actionMails": true, "emailVisibleToCoordinators": %s}
				""".formatted(userId, group, country, emailVisibleToCoordinators));
		if (saved.statusCode() != 200) {
			throw new IllegalStateException("PUT /api/me answered " + saved.statusCode() + ": " + saved.body());
		}
	}

	protected static JsonNode json(ApiResponse response) {
		return response.json();
	}

	/** The entry of the member in a members list, or null. */
	protected static JsonNode member(JsonNode members, String memberId) {
		for (JsonNode member : members) {
			if (memberId.equals(member.path("memberId").asString())) {
				return member;
			}
		}
		return null;
	}

	protected static String contentType(ApiResponse response) {
		return response.contentType();
	}
}
