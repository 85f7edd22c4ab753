package org.coalitions.coalition.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.infra.KafkaBroker;
import org.coalitions.infra.MongoStore;
import org.coalitions.infra.Ports;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.Topics;
import org.bson.Document;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.platform.outbox.OutboxRelay;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker goes down: commands are still accepted, their events wait in the outbox, and when the broker is
 * back every event arrives, once, in each coalition's order. And an event left in an outbox by a process that
 * died before relaying it is found by the relay's scan.
 */
@DirtiesContext
@ApiIntegrationTest(properties = "coalitions.outbox.scan-interval=1s")
class OutboxWhileBrokerDownIntegrationTests {

	/**
	 * This class's own broker, killed and restarted by the test. It outlives the class (its process ends with the
	 * JVM): the context is closed after the class ({@link DirtiesContext}) while the broker still runs, for a
	 * context left pointing at a stopped broker makes every later pause of idle contexts wait out each consumer's
	 * 30 s close timeout.
	 */
	static final KafkaBroker broker = KafkaBroker.create(Topics.ALL, 6);

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		broker.start();
		TestInfra.register(registry, "coalition-service", broker.bootstrapServers(),
				MongoStore.newDatabaseUri("coalition-outbox"));
	}


	ApiClient api;

	@Autowired
	MongoOperations mongo;

	@Autowired
	OutboxRelay relay;

	@Test
	void eventsAcceptedWhileTheBrokerIsDownArriveOnceWhenItIsBack() throws Exception {
		long relayedBefore = relay.relayedCount();
		broker.kill();

		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ApiResponse created = propose("Coalition number " + i);
			assertThat(created.statusCode()).as("a command is accepted while Kafka is down").isEqualTo(201);
			ids.add(created.headers().firstValue("Location").orElseThrow().replace("/api/coalitions/", ""));
		}
		Thread.sleep(1500);
		assertThat(mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), Coalition.class))
			.as("events wait in their coalitions' outboxes")
			.isEqualTo(5);

		broker.start();

		try (EventProbe probe = new EventProbe(broker.bootstrapServers(), Topics.COALITION_EVENTS)) {
			// each proposal records two events: the proposal and the coalition's first reporting status
			List<ConsumerRecord<String, byte[]>> arrived = probe.await(record -> ids.contains(record.key()), 10,
					Duration.ofSeconds(60));
			Ports.await("empty outboxes", Duration.ofSeconds(30), () -> mongo
				.count(Query.query(Criteria.where("outbox.0").exists(true)), Coalition.class) == 0);
			arrived = probe.settle(record -> ids.contains(record.key()), Duration.ofSeconds(2));
			Set<String> eventIds = arrived.stream()
				.map(record -> EventProbe.header(record, CloudEvents.ID))
				.collect(Collectors.toSet());
			assertThat(arrived).as("each event exactly once").hasSize(10);
			assertThat(eventIds).hasSize(10);
			assertThat(arrived.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
				.containsExactlyInAnyOrderElementsOf(ids);
		}
		assertThat(relay.relayedCount() - relayedBefore).isEqualTo(10);
	}

	@Test
	void anEventLeftInAnOutboxByAnotherProcessIsFoundByTheScan() throws Exception {
		String coalitionId = "left-behind-" + java.util.UUID.randomUUID();
		PendingEvent left = PendingEvent.of(new CharterEdited(coalitionId, "Left behind.", "OPEN", 2), "farah",
				java.time.Instant.now());
		// written straight to the collection, as by a process that died before its relay ran: nobody tells this
		// relay about it
		mongo.getCollection("coalitions")
			.insertOne(new Document("_id", coalitionId).append("version", 0L)
				.append("outbox", List.of(new Document("eventId", left.eventId()).append("type", left.type())
					.append("topic", left.topic())
					.append("key", left.key())
					.append("actor", left.actor())
					.append("time", java.util.Date.from(left.time()))
					.append("data", left.data()))));
		try (EventProbe probe = new EventProbe(broker.bootstrapServers(), Topics.COALITION_EVENTS)) {
			List<ConsumerRecord<String, byte[]>> arrived = probe.await(record -> coalitionId.equals(record.key()),
					1, Duration.ofSeconds(30));
			assertThat(arrived).hasSize(1);
			assertThat(EventProbe.header(arrived.get(0), CloudEvents.ID)).isEqualTo(left.eventId());
		}
		Ports.await("the left-behind outbox emptied", Duration.ofSeconds(10), () -> mongo.count(
				Query.query(Criteria.where("_id").is(coalitionId).and("outbox.0").exists(true)), "coalitions") == 0);
	}

	private ApiResponse propose(String name) {
		String body = """
				{"name": "%s", "theme": "PRIVACY_AND_DATA_PROTECTION", "summary": "Privacy online.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, 
				 "joinPolicy": "MODERATED"}""".formatted(name);
		return api.post("/api/coalitions", TestTokens.of("farah", "Farah"), body);
	}
}
