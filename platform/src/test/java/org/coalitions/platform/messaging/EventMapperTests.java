package org.coalitions.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.time.OccurredAt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How records are decoded and dispatched by type, for handlers that return values and for those that do not. */
class EventMapperTests {

	final List<String> handled = new ArrayList<>();

	@Test
	void anEventGoesToTheHandlerOfItsTypeAndItsValueIsReturned() {
		EventMapper<String> titles = EventMapper.<String>builder()
			.on(ThreadStarted.class, event -> "thread " + event.data().title())
			.on(CharterEdited.class, event -> "charter of " + event.data().coalitionId())
			.build();

		assertThat(titles.map(record(new ThreadStarted("c1", "t1", "Water", "u", "U")))).contains("thread Water");
	}

	@Test
	void anEventNoHandlerTakesIsPassedOver() {
		EventMapper<String> titles = EventMapper.<String>builder()
			.on(ThreadStarted.class, event -> "thread " + event.data().title())
			.build();

		assertThat(titles.map(record(charterEdited()))).isEmpty();
	}

	@Test
	void anEventOfATypeThisVersionDoesNotKnowIsPassedOver() {
		ProducerRecord<String, byte[]> sent = EventRecords.toProducerRecord(pending(charterEdited()), "/test");
		sent.headers().remove(CloudEvents.TYPE).add(CloudEvents.TYPE,
				"org.coalitions.unheard-of.v1".getBytes(StandardCharsets.UTF_8));

		assertThat(EventMapper.<String>builder().onAny(List.of(CharterEdited.class), event -> "any").build()
			.map(consumed(sent))).isEmpty();
	}

	@Test
	void aRecordThatIsNotAnEventIsMalformed() {
		EventMapper<String> titles = EventMapper.<String>builder().build();

		assertThatThrownBy(() -> titles.map(consumed(new ProducerRecord<>(Topics.COALITION_EVENTS, "c1",
				"not an event".getBytes(StandardCharsets.UTF_8))))).isInstanceOf(MalformedEventException.class);
	}

	@Test
	void aTypeWithAHandlerAndACatchAllRunsBothInTheOrderGiven() {
		EventHandlers handlers = EventHandlers.builder()
			.on(ThreadStarted.class, event -> handled.add("own " + event.data().threadId()))
			.onAny(List.of(ThreadStarted.class, CharterEdited.class), event -> handled.add("any " + event.type()))
			.build();

		handlers.handle(record(new ThreadStarted("c1", "t1", "Water", "u", "U")));
		handlers.handle(record(charterEdited()));

		assertThat(handled).containsExactly("own t1", "any " + EventCatalog.of(ThreadStarted.class).name(),
				"any " + EventCatalog.of(CharterEdited.class).name());
	}

	@Test
	void aHandlerWorksAtTheTimeOfItsEventAndTheThreadHasNoneAfterwards() {
		Instant eventTime = Instant.parse("2009-11-15T09:00:00Z");
		EventMapper<Optional<Instant>> seen = EventMapper.<Optional<Instant>>builder()
			.on(CharterEdited.class, event -> OccurredAt.current())
			.build();

		Optional<Optional<Instant>> during = seen
			.map(consumed(EventRecords.toProducerRecord(PendingEvent.of(charterEdited(), "u", eventTime), "/test")));

		assertThat(during).contains(Optional.of(eventTime));
		assertThat(OccurredAt.current()).isEmpty();
	}

	@Test
	void aHandlerThatFailsLeavesTheThreadAsItFoundIt() {
		Instant request = Instant.parse("2012-01-01T00:00:00Z");
		EventHandlers failing = EventHandlers.builder().on(CharterEdited.class, event -> {
			throw new IllegalStateException("store down");
		}).build();

		try (OccurredAt.Scope scope = OccurredAt.at(request)) {
			assertThatThrownBy(() -> failing.handle(record(charterEdited()))).isInstanceOf(IllegalStateException.class);
			assertThat(OccurredAt.current()).contains(request);
		}
	}

	private static CharterEdited charterEdited() {
		return new CharterEdited("c1", "A charter", "OPEN", 2);
	}

	private static ConsumerRecord<String, byte[]> record(PlatformEvent event) {
		return consumed(EventRecords.toProducerRecord(pending(event), "/test"));
	}

	private static PendingEvent pending(PlatformEvent event) {
		return PendingEvent.of(event, "u", Instant.now());
	}

	private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
		return new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, sent.key(),
				sent.value(), new RecordHeaders(sent.headers().toArray()), Optional.empty());
	}
}
