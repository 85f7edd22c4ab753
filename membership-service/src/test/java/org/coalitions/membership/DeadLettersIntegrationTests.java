package org.coalitions.membership;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.security.KeycloakRoles;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations API of dead letters on a real service, broker and store: records this service's groups
 * dead-lettered are listed and inspected, a malformed one fails again when re-driven and is discarded, and one that
 * failed for a reason mended since takes effect once when re-driven. A subscription of the test's own ({@link
 * Flaky}) fails for the coalitions a test names, as a handler with a bug would until it is fixed.
 */
@ApiIntegrationTest("membership-service")
class DeadLettersIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String SECRETARIAT = TestTokens.of("sam", "Sam", KeycloakRoles.SECRETARIAT);

	ApiClient api;

	@Autowired
	Flaky flaky;

	@Autowired
	MongoOperations mongo;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	@Value("${spring.application.name}")
	String service;

	private final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void aMalformedRecordIsListedPerGroupInspectedFailsAgainWhenRedrivenAndIsDiscarded() {
		String key = UUID.randomUUID().toString();
		events.publishRaw(Topics.COALITION_EVENTS, key, "this is not an event");

		// every group of this service reading the topic gave up on it: the directory's, the rosters', the test's
		List<JsonNode> listed = awaitDeadLetters(key, 3);
		assertThat(listed).extracting(letter -> letter.path("group").asString())
			.containsExactlyInAnyOrder(group, group + "-rosters", group + "-flaky");
		assertThat(listed).allSatisfy(letter -> {
			assertThat(letter.path("id").asString()).startsWith(Topics.deadLetter(Topics.COALITION_EVENTS) + ":");
			assertThat(letter.path("topic").asString()).isEqualTo(Topics.COALITION_EVENTS);
			assertThat(letter.path("offset").isNumber()).isTrue();
			assertThat(letter.path("state").asString()).isEqualTo("WAITING");
			assertThat(letter.path("failure").path("exception").asString())
				.isEqualTo("org.coalitions.platform.messaging.MalformedEventException");
			assertThat(letter.path("failure").path("message").asString()).contains("has no ce_id header");
			assertThat(letter.has("payload")).as("the list leaves payloads out").isFalse();
		});
		String id = listed.get(0).path("id").asString();

		JsonNode inspected = api.get(path(id), SECRETARIAT).assertStatus(200).json();
		assertThat(inspected.path("payload").asString()).isEqualTo("this is not an event");
		assertThat(inspected.path("key").asString()).isEqualTo(key);

		JsonNode stillMalformed = api.post(path(id) + "/redrive", SECRETARIAT, null).assertProblem(422);
		assertThat(stillMalformed.path("detail").asString()).contains("MalformedEventException");
		JsonNode waiting = api.get(path(id), SECRETARIAT).assertStatus(200).json();
		assertThat(waiting.path("state").asString()).isEqualTo("WAITING");
		assertThat(waiting.path("lastRedriveFailure").path("exception").asString()).endsWith("MalformedEventException");

		JsonNode discarded = api.post(path(id) + "/discard", SECRETARIAT, null).assertStatus(200).json();
		assertThat(discarded.path("state").asString()).isEqualTo("DISCARDED");
		assertThat(discarded.path("settledAt").isMissingNode()).isFalse();
		api.post(path(id) + "/redrive", SECRETARIAT, null).assertProblem(409);
		api.post(path(id) + "/discard", SECRETARIAT, null).assertProblem(409);
		assertThat(deadLetters("?state=DISCARDED")).extracting(letter -> letter.path("id").asString()).contains(id);
		assertThat(deadLetters("?state=WAITING")).extracting(letter -> letter.path("id").asString())
			.doesNotContain(id);
	}

	@Test
	void aRecordThatFailedForAReasonMendedSinceTakesEffectOnceWhenRedriven() {
		String coalitionId = UUID.randomUUID().toString();
		flaky.failFor.add(coalitionId);
		PendingEvent proposal = events.publish(new CoalitionProposed(coalitionId, "Coalition " + coalitionId, "SPAM",
				"Working together.", "OPEN", "pat", "Pat"), "pat");

		JsonNode failed = awaitDeadLetters(coalitionId, 1).get(0);
		assertThat(failed.path("group").asString()).isEqualTo(group + "-flaky");
		assertThat(failed.path("eventId").asString()).isEqualTo(proposal.eventId());
		assertThat(failed.path("eventType").asString()).isEqualTo(proposal.type());
		assertThat(failed.path("failure").path("exception").asString()).isEqualTo(IllegalStateException.class.getName());
		assertThat(failed.path("failure").path("message").asString()).isEqualTo(Flaky.FAILURE);
		String id = failed.path("id").asString();

		JsonNode notYet = api.post(path(id) + "/redrive", SECRETARIAT, null).assertProblem(409);
		assertThat(notYet.path("detail").asString()).contains(Flaky.FAILURE);
		assertThat(applied(coalitionId)).isZero();

		flaky.failFor.remove(coalitionId);
		JsonNode redriven = api.post(path(id) + "/redrive", SECRETARIAT, null).assertStatus(200).json();
		assertThat(redriven.path("state").asString()).isEqualTo("REDRIVEN");
		assertThat(redriven.path("settledBy").asString()).isEqualTo("sam");
		assertThat(applied(coalitionId)).isEqualTo(1);

		api.post(path(id) + "/redrive", SECRETARIAT, null).assertProblem(409);
		api.post(path(id) + "/discard", SECRETARIAT, null).assertProblem(409);
		assertThat(applied(coalitionId)).as("a second re-drive is refused").isEqualTo(1);
	}

	@Test
	void onlyOperatorsSeeDeadLettersAndOnlyThisServicesGroupsOnes() throws Exception {
		api.get(base(), null).assertStatus(401);
		api.get(base(), TestTokens.of("chen", "Chen")).assertStatus(403);
		api.post(path(Topics.deadLetter(Topics.COALITION_EVENTS) + ":0:0") + "/discard", TestTokens.of("chen", "Chen"),
				null).assertStatus(403);

		// a record another service's group dead-lettered into the same topic
		String key = UUID.randomUUID().toString();
		ProducerRecord<String, byte[]> foreign = new ProducerRecord<>(Topics.deadLetter(Topics.COALITION_EVENTS), 0, key,
				"{}".getBytes(StandardCharsets.UTF_8));
		foreign.headers().add("kafka_dlt-original-consumer-group", "notification-service".getBytes(StandardCharsets.UTF_8));
		foreign.headers().add("kafka_dlt-original-topic", Topics.COALITION_EVENTS.getBytes(StandardCharsets.UTF_8));
		foreign.headers().add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(0).array());
		long offset;
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfra.sharedBroker().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			offset = producer.send(foreign).get(30, TimeUnit.SECONDS).offset();
		}
		String id = Topics.deadLetter(Topics.COALITION_EVENTS) + ":0:" + offset;
		assertThat(deadLetters("")).extracting(letter -> letter.path("key").asString()).doesNotContain(key);
		api.get(path(id), SECRETARIAT).assertProblem(404);
		api.post(path(id) + "/redrive", SECRETARIAT, null).assertProblem(404);
		api.get(path("not-a-dead-letter"), SECRETARIAT).assertProblem(404);
		api.get(path(Topics.COALITION_EVENTS + ":0:0"), SECRETARIAT).assertProblem(404);
		api.get(base() + "?state=LOST", SECRETARIAT).assertProblem(400);
	}

	private String base() {
		return "/api/operations/" + service + "/dead-letters";
	}

	private String path(String id) {
		return base() + "/" + id;
	}

	private List<JsonNode> deadLetters(String query) {
		List<JsonNode> letters = new ArrayList<>();
		api.get(base() + query, SECRETARIAT).assertStatus(200).json().forEach(letters::add);
		return letters;
	}

	private List<JsonNode> awaitDeadLetters(String key, int count) {
		Ports.await(count + " dead letters of " + key, WAIT,
				() -> deadLetters("").stream().filter(letter -> key.equals(letter.path("key").asString())).count() >= count);
		return deadLetters("").stream().filter(letter -> key.equals(letter.path("key").asString())).toList();
	}

	private int applied(String coalitionId) {
		Document effect = mongo.findById(coalitionId, Document.class, Flaky.COLLECTION);
		return effect == null ? 0 : effect.getInteger("applied", 0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FlakyConfiguration {

		@Bean
		Flaky flaky(MongoOperations mongo) {
			return new Flaky(mongo);
		}
	}

	/** Counts each proposal once, and fails for the coalitions in {@link #failFor}. */
	static class Flaky {

		static final String COLLECTION = "flaky_effects";

		static final String FAILURE = "the flaky handler fails for this coalition";

		final Set<String> failFor = ConcurrentHashMap.newKeySet();

		private final MongoOperations mongo;

		Flaky(MongoOperations mongo) {
			this.mongo = mongo;
		}

		@EventSubscription(id = "test-flaky", groupSuffix = "flaky", topics = Topics.COALITION_EVENTS)
		EventHandlers handlers() {
			return EventHandlers.builder().on(CoalitionProposed.class, event -> {
				if (failFor.contains(event.data().coalitionId())) {
					throw new IllegalStateException(FAILURE);
				}
				AppliedEvents.applyOnce(mongo, COLLECTION, event.data().coalitionId(), event.id(),
						new Update().inc("applied", 1));
			}).build();
		}
	}
}
