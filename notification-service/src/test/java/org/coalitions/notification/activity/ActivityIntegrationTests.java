package org.coalitions.notification.activity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.coalitions.platform.events.CoalitionProposed;
import org.coalitions.platform.events.Topics;
import org.coalitions.platform.outbox.PendingEvent;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Events from the real broker into the activity data: once each, malformed ones dead-lettered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityIntegrationTests {

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		TestInfra.register(registry, "notification-service");
	}

	@LocalServerPort
	int port;

	@Autowired
	ActivityProjection activity;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void aProposedCoalitionShowsUpInTheSecretariatsActivityData() throws Exception {
		String id = UUID.randomUUID().toString();
		events.publish(proposed(id, "Dynamic Coalition on Open Standards"), "bruno");

		awaitEvents(id, 1);
		HttpResponse<String> asSecretariat = get("/api/activity/coalitions/" + id, TestTokens.of("sam", "Sam", "secretariat"));
		assertThat(asSecretariat.statusCode()).isEqualTo(200);
		assertThat(asSecretariat.body()).contains("\"name\":\"Dynamic Coalition on Open Standards\"")
			.contains("\"status\":\"PROPOSED\"")
			.contains("\"eventsLast30Days\":1");
		assertThat(get("/api/activity/coalitions/" + id, TestTokens.of("alice", "Alice")).statusCode())
			.as("a member is not the secretariat").isEqualTo(403);
		assertThat(get("/api/activity/coalitions/" + id, null).statusCode()).isEqualTo(401);
	}

	@Test
	void statusAndBalanceFollowTheirLatestEvents() {
		String id = UUID.randomUUID().toString();
		events.publish(proposed(id, "Coalition on Online Participation"), "alice");
		events.publish(new org.coalitions.platform.events.BalanceChanged(id, 3,
				java.util.Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1, "ACADEMIC_COMMUNITY", 1),
				java.util.Map.of("AFRICAN_STATES", 3), 3, 3, true), "emeka");
		events.publish(new org.coalitions.platform.events.CoalitionStatusChanged(id, "PROPOSED", "ACTIVE",
				"multistakeholder rule met"), "emeka");

		awaitEvents(id, 3);
		CoalitionActivity activity = this.activity.find(id).orElseThrow();
		assertThat(activity.status()).isEqualTo("ACTIVE");
		assertThat(activity.members()).isEqualTo(3);
		assertThat(activity.balanceMet()).isTrue();
	}

	@Test
	void aRedeliveredEventTakesEffectOnce() throws Exception {
		String id = UUID.randomUUID().toString();
		PendingEvent first = events.publish(proposed(id, "Coalition on Access to Knowledge"), "emeka");
		events.publish(first);
		events.publish(first);
		// a different event for the same coalition after the redeliveries: once it counts, the redeliveries were seen
		events.publish(proposed(id, "Coalition on Access to Knowledge"), "emeka");

		awaitEvents(id, 2);
		Thread.sleep(500);
		assertThat(activity.find(id).orElseThrow().events()).isEqualTo(2);
	}

	@Test
	void malformedRecordsGoToTheDeadLetterTopicAndLaterEventsAreStillProcessed() throws Exception {
		String poisoned = UUID.randomUUID().toString();
		events.publishRaw(Topics.COALITION_EVENTS, poisoned, "this is not an event");
		PendingEvent envelope = PendingEvent.of(proposed(poisoned, "Broken"), "mallory", java.time.Instant.now());
		events.publishWithData(envelope, "{\"coalitionId\": ");
		String healthy = UUID.randomUUID().toString();
		events.publish(proposed(healthy, "Coalition on Freedom of Expression"), "gita");

		awaitEvents(healthy, 1);
		try (EventProbe deadLetters = new EventProbe(TestInfra.sharedBroker().bootstrapServers(),
				Topics.deadLetter(Topics.COALITION_EVENTS))) {
			// other features consume the same topics in groups of their own and dead-letter the records too
			assertThat(deadLetters.await(record -> poisoned.equals(record.key())
					&& group.equals(EventProbe.header(record, "kafka_dlt-original-consumer-group")), 2,
					Duration.ofSeconds(30)))
				.hasSize(2)
				.allSatisfy(record -> assertThat(EventProbe.header(record, "kafka_dlt-exception-message")).isNotBlank());
		}
		assertThat(activity.find(poisoned)).isEmpty();
	}

	private void awaitEvents(String coalitionId, long count) {
		Ports.await("activity of " + coalitionId, Duration.ofSeconds(30),
				() -> activity.find(coalitionId).map(found -> found.events() >= count).orElse(false));
	}

	private static CoalitionProposed proposed(String id, String name) {
		return new CoalitionProposed(id, name, "OPEN_STANDARDS", "A summary.", "OPEN", "bruno", "Bruno");
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
