package org.coalitions.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.platform.time.OccurredAt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches events by type to handlers that return a value, e.g. the entry a projection writes for the event,
 * so a batch of events can be written together. Events of other types are passed over: a consumer subscribes
 * to a whole topic but cares about some of its events. {@link EventHandlers} is the form whose handlers return
 * nothing; both decode and dispatch here.
 * @param <R> what a handler returns
 */
public final class EventMapper<R> {

	private static final Logger log = LoggerFactory.getLogger(EventMapper.class);

	private final Map<Class<?>, Function<ReceivedEvent<?>, R>> handlers;

	private EventMapper(Map<Class<?>, Function<ReceivedEvent<?>, R>> handlers) {
		this.handlers = Map.copyOf(handlers);
	}

	public static <R> Builder<R> builder() {
		return new Builder<>();
	}

	/**
	 * Hands the event to its handler, which works at the event's time ({@link OccurredAt}): with history import on,
	 * a reaction happens when its cause did.
	 * @return what the event's handler returned; empty if no handler takes events of its type
	 */
	public Optional<R> map(ReceivedEvent<?> event) {
		Function<ReceivedEvent<?>, R> handler = handlers.get(event.data().getClass());
		if (handler == null) {
			return Optional.empty();
		}
		try (OccurredAt.Scope scope = OccurredAt.at(event.time())) {
			return Optional.ofNullable(handler.apply(event));
		}
	}

	/**
	 * Decodes one record and hands its event to its handler.
	 * @return what the handler returned; empty for an event no handler takes or of a type this version does not
	 * know
	 * @throws MalformedEventException for a record that is not an event
	 */
	public Optional<R> map(ConsumerRecord<String, byte[]> record) {
		Optional<ReceivedEvent<?>> event = EventRecords.fromConsumerRecord(record);
		if (event.isEmpty()) {
			log.debug("Passing over an event of unknown type at {}-{}@{}", record.topic(), record.partition(),
					record.offset());
			return Optional.empty();
		}
		return map(event.get());
	}

	public static final class Builder<R> {

		private final Map<Class<?>, Function<ReceivedEvent<?>, R>> handlers = new LinkedHashMap<>();

		@SuppressWarnings("unchecked")
		public <T extends PlatformEvent> Builder<R> on(Class<T> type, Function<ReceivedEvent<T>, R> handler) {
			return add(type, event -> handler.apply((ReceivedEvent<T>) event));
		}

		/** One handler for every event of the given types, e.g. to count activity. */
		public Builder<R> onAny(Iterable<? extends Class<? extends PlatformEvent>> types,
				Function<ReceivedEvent<?>, R> handler) {
			types.forEach(type -> add(type, handler));
			return this;
		}

		/** A type given a second handler runs both, in the order given; the second one's value is returned. */
		private Builder<R> add(Class<?> type, Function<ReceivedEvent<?>, R> handler) {
			handlers.merge(type, handler, (first, second) -> event -> {
				first.apply(event);
				return second.apply(event);
			});
			return this;
		}

		public EventMapper<R> build() {
			return new EventMapper<>(handlers);
		}
	}
}
