package org.coalitions.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a polled batch is decoded, applied and, where a record fails, reported by that record's index. */
class EventBatchesTests {

	final List<List<String>> applied = new ArrayList<>();

	@Test
	void wellFormedEventsAreAppliedTogetherInRecordOrder() {
		List<ConsumerRecord<String, byte[]>> records = List.of(event("a", 0), event("b", 1), event("c", 2));

		EventBatches.handle(records, events -> applied.add(ids(events)));

		assertThat(applied).containsExactly(List.of("a", "b", "c"));
	}

	@Test
	void theEventsBeforeAMalformedRecordAreAppliedAndTheRecordIsReportedByItsIndex() {
		List<ConsumerRecord<String, byte[]>> records = List.of(event("a", 0), event("b", 1), malformed(2),
				event("c", 3));

		assertThatThrownBy(() -> EventBatches.handle(records, events -> applied.add(ids(events))))
			.isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
				assertThat(failed.getIndex()).isEqualTo(2);
				assertThat(failed.getCause()).isInstanceOf(MalformedEventException.class);
			});
		assertThat(applied).as("the error handler redelivers the records after the malformed one")
			.containsExactly(List.of("a", "b"));
	}

	@Test
	void aMalformedFirstRecordAppliesNothing() {
		assertThatThrownBy(() -> EventBatches.handle(List.of(malformed(0), event("a", 1)),
				events -> applied.add(ids(events))))
			.isInstanceOfSatisfying(BatchListenerFailedException.class,
					failed -> assertThat(failed.getIndex()).isZero());
		assertThat(applied).isEmpty();
	}

	@Test
	void whenTheBatchFailsItsEventsAreAppliedOneByOneToFindTheFailingOne() {
		List<ConsumerRecord<String, byte[]>> records = List.of(event("b", 2), event("poison", 3), event("c", 4));

		assertThatThrownBy(() -> EventBatches.handle(records, events -> {
			if (ids(events).contains("poison")) {
				throw new IllegalStateException("cannot apply");
			}
			applied.add(ids(events));
		})).isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
			assertThat(failed.getIndex()).as("the poison's index in the batch").isEqualTo(1);
			assertThat(failed.getCause()).isInstanceOf(IllegalStateException.class);
		});
		assertThat(applied).as("the events before the failing one are applied; the rest come again")
			.containsExactly(List.of("b"));
	}

	@Test
	void aBatchThatFailsOnceButWhoseEventsApplyOneByOneSucceeds() {
		int[] calls = { 0 };
		EventBatches.handle(List.of(event("a", 0), event("b", 1)), events -> {
			if (calls[0]++ == 0) {
				throw new IllegalStateException("flaky");
			}
			applied.add(ids(events));
		});
		assertThat(applied).containsExactly(List.of("a"), List.of("b"));
	}

	@Test
	void eventsOfUnknownTypesArePassedOver() {
		ConsumerRecord<String, byte[]> unknown = event("x", 1);
		unknown.headers().remove("ce_type");
		unknown.headers().add("ce_type", "org.coalitions.future.v9".getBytes(StandardCharsets.UTF_8));

		EventBatches.handle(List.of(event("a", 0), unknown, event("b", 2)), events -> applied.add(ids(events)));

		assertThat(applied).containsExactly(List.of("a", "b"));
	}

	private static List<String> ids(List<ReceivedEvent<?>> events) {
		return events.stream().map(event -> ((ThreadStarted) event.data()).threadId()).toList();
	}

	/** A ThreadStarted whose thread id is the given name, so the test can tell the events apart. */
	private static ConsumerRecord<String, byte[]> event(String name, long offset) {
		PendingEvent pending = PendingEvent.of(new ThreadStarted("c1", name, "Title", "u", "U"), "u", Instant.now());
		return consumed(EventRecords.toProducerRecord(pending, "/test"), offset);
	}

	private static ConsumerRecord<String, byte[]> malformed(long offset) {
		return consumed(new ProducerRecord<>(Topics.COALITION_EVENTS, "c1",
				"not an event".getBytes(StandardCharsets.UTF_8)), offset);
	}

	private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent, long offset) {
		return new ConsumerRecord<>(sent.topic(), 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, sent.key(),
				sent.value(), new RecordHeaders(sent.headers().toArray()), java.util.Optional.empty());
	}
}
