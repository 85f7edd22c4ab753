package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.infra.Ports;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.outbox.OutboxRelay;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.ServiceIntegrationTest;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many aggregates saved at once from several threads: the relay, told of each save, sends every event once and
 * each aggregate's events in the order they were recorded, without scanning (the scan interval is an hour, so
 * only the scan at start runs, on an empty store).
 */
@ServiceIntegrationTest(value = "coalition-service", properties = "coalitions.outbox.scan-interval=1h")
class OutboxRelayIntegrationTests {

	static final String COLLECTION = "threads";

	@Autowired
	MongoOperations mongo;

	@Autowired
	OutboxRelay relay;

	@Test
	void aBurstOfSavesArrivesOnceAndInEachAggregatesOrder() throws Exception {
		String run = UUID.randomUUID().toString();
		int aggregates = 40;
		int firstSave = 2;
		int secondSave = 3;
		long relayedBefore = relay.relayedCount();
		try (EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(),
				Topics.COALITION_EVENTS)) {
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<?>> saves = new ArrayList<>();
			for (int a = 0; a < aggregates; a++) {
				String key = run + "-" + a;
				saves.add(pool.submit(() -> {
					TestAggregate aggregate = new TestAggregate(key);
					for (int n = 0; n < firstSave; n++) {
						aggregate.started(n);
					}
					mongo.insert(aggregate, COLLECTION);
					// a second command on the same aggregate, read back as a service would; the relay's removal
					// of the first events may come between the read and the save, and then it runs again
					return ConcurrentSaves.retrying(() -> {
						TestAggregate again = mongo.findById(key, TestAggregate.class, COLLECTION);
						for (int n = firstSave; n < firstSave + secondSave; n++) {
							again.started(n);
						}
						return mongo.save(again, COLLECTION);
					});
				}));
			}
			for (Future<?> save : saves) {
				save.get();
			}
			pool.shutdown();

			int expected = aggregates * (firstSave + secondSave);
			probe.await(record -> record.key().startsWith(run), expected, Duration.ofSeconds(60));
			List<ConsumerRecord<String, byte[]>> arrived = probe.settle(record -> record.key().startsWith(run),
					Duration.ofSeconds(2));

			assertThat(arrived.stream().map(record -> EventProbe.header(record, CloudEvents.ID)).distinct())
				.as("every event, each once").hasSize(expected);
			assertThat(arrived).hasSize(expected);
			Map<String, List<Integer>> orderByAggregate = new LinkedHashMap<>();
			for (ConsumerRecord<String, byte[]> record : arrived) {
				ThreadStarted started = EventJson.read(record.value(), ThreadStarted.class);
				orderByAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>())
					.add(Integer.parseInt(started.title()));
			}
			assertThat(orderByAggregate).hasSize(aggregates);
			assertThat(orderByAggregate.values()).as("each aggregate's events in the order recorded")
				.allSatisfy(order -> assertThat(order).containsExactly(0, 1, 2, 3, 4));
		}
		Ports.await("empty outboxes", Duration.ofSeconds(10),
				() -> mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), COLLECTION) == 0);
		assertThat(relay.relayedCount() - relayedBefore).isEqualTo(aggregates * (firstSave + secondSave));
	}

	/** The smallest aggregate: one that records a ThreadStarted whose title is its sequence number. */
	static class TestAggregate extends OutboxAggregate {

		TestAggregate() {
		}

		TestAggregate(String id) {
			this.id = id;
		}

		void started(int n) {
			record(new ThreadStarted(id, id + "-" + n, Integer.toString(n), "farah", "Farah"), "farah", Instant.now());
		}
	}
}
