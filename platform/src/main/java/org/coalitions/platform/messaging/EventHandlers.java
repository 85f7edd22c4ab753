package org.coalitions.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.PlatformEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches consumed records to typed handlers. Events of other types are passed over: a consumer subscribes
 * to a whole topic but cares about some of its events.
 */
public final class EventHandlers {

	private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

	private final Map<Class<?>, Consumer<ReceivedEvent<?>>> handlers;

	private EventHandlers(Map<Class<?>, Consumer<ReceivedEvent<?>>> handlers) {
		this.handlers = Map.copyOf(handlers);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Decodes and handles one record; throws {@link MalformedEventException} for one that is not an event. */
	public void handle(ConsumerRecord<String, byte[]> record) {
		EventRecords.fromConsumerRecord(record).ifPresentOrElse(event -> {
			Consumer<ReceivedEvent<?>> handler = handlers.get(event.data().getClass());
			if (handler != null) {
				handler.accept(event);
			}
		}, () -> log.debug("Passing over an event of unknown type at {}-{}@{}", record.topic(), record.partition(),
				record.offset()));
	}

	public static final class Builder {

		private final Map<Class<?>, Consumer<ReceivedEvent<?>>> handlers = new LinkedHashMap<>();

		@SuppressWarnings("unchecked")
		public <T extends PlatformEvent> Builder on(Class<T> type, Consumer<ReceivedEvent<T>> handler) {
			handlers.put(type, event -> handler.accept((ReceivedEvent<T>) event));
			return this;
		}

		/** One handler for every event of the given types, e.g. to count activity. */
		public Builder onAny(Iterable<? extends Class<? extends PlatformEvent>> types,
				Consumer<ReceivedEvent<?>> handler) {
			for (Class<? extends PlatformEvent> type : types) {
				handlers.merge(type, handler, Consumer::andThen);
			}
			return this;
		}

		public EventHandlers build() {
			return new EventHandlers(handlers);
		}
	}
}
