package org.coalitions.platform.messaging;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.PlatformEvent;

/**
 * Dispatches consumed records to typed handlers that return nothing; {@link EventMapper}, which decodes and
 * dispatches for this form too, is the one whose handlers return values. Events of other types are passed over:
 * a consumer subscribes to a whole topic but cares about some of its events.
 */
public final class EventHandlers {

	private final Consumer<ConsumerRecord<String, byte[]>> dispatch;

	private EventHandlers(Consumer<ConsumerRecord<String, byte[]>> dispatch) {
		this.dispatch = dispatch;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Decodes and handles one record; throws {@link MalformedEventException} for one that is not an event. */
	public void handle(ConsumerRecord<String, byte[]> record) {
		dispatch.accept(record);
	}

	/**
	 * These handlers, then {@code next}, for one consumer whose second owner needs the first one's effect (if
	 * these fail, {@code next} does not run and the record is retried as a whole).
	 */
	public EventHandlers andThen(EventHandlers next) {
		return new EventHandlers(record -> {
			handle(record);
			next.handle(record);
		});
	}

	public static final class Builder {

		private final EventMapper.Builder<Void> handlers = EventMapper.builder();

		public <T extends PlatformEvent> Builder on(Class<T> type, Consumer<ReceivedEvent<T>> handler) {
			handlers.on(type, event -> {
				handler.accept(event);
				return null;
			});
			return this;
		}

		/** One handler for every event of the given types, e.g. to count activity. */
		public Builder onAny(Iterable<? extends Class<? extends PlatformEvent>> types,
				Consumer<ReceivedEvent<?>> handler) {
			handlers.onAny(types, event -> {
				handler.accept(event);
				return null;
			});
			return this;
		}

		public EventHandlers build() {
			EventMapper<Void> mapper = handlers.build();
			return new EventHandlers(mapper::map);
		}
	}
}
