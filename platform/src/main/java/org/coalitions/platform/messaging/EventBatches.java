package org.coalitions.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Handles a polled batch of records as one unit of work, so a projection can pay its store round trips once per
 * batch instead of once per record, while each record keeps the fate it had as a record on its own.
 * <p>
 * Records are decoded in order; the well-formed events before the first malformed record are applied together,
 * then the malformed record is reported by its index ({@link BatchListenerFailedException}): the error handler
 * commits the records before it, dead-letters it without retrying ({@link MalformedEventException} is not
 * retryable) and redelivers the ones after it as the next batch. If applying the events together fails, they are
 * applied again one at a time to find the event that fails, and that one is reported by its index: the error
 * handler retries from there (the events before it are applied and committed) and, if it keeps failing, dead-letters
 * it alone. The appliers must therefore be idempotent per event id, which every projection is anyway, since
 * delivery is at least once.
 */
public final class EventBatches {

	/** The container factory of batch listeners (see the platform's auto-configuration). */
	public static final String CONTAINER_FACTORY = "eventBatchListenerContainerFactory";

	private EventBatches() {
	}

	/**
	 * Decodes the records and hands the events to {@code apply}, in record order, in as few calls as the batch
	 * allows. Events of types this version does not know are passed over.
	 * @throws BatchListenerFailedException naming the first record that is malformed or whose event cannot be
	 * applied
	 */
	public static void handle(List<ConsumerRecord<String, byte[]>> records, Consumer<List<ReceivedEvent<?>>> apply) {
		List<ReceivedEvent<?>> events = new ArrayList<>(records.size());
		List<Integer> indexes = new ArrayList<>(records.size());
		for (int index = 0; index < records.size(); index++) {
			try {
				var event = EventRecords.fromConsumerRecord(records.get(index));
				if (event.isPresent()) {
					events.add(event.get());
					indexes.add(index);
				}
			}
			catch (MalformedEventException malformed) {
				applyOrLocate(events, indexes, apply);
				throw new BatchListenerFailedException(malformed.getMessage(), malformed, index);
			}
		}
		applyOrLocate(events, indexes, apply);
	}

	private static void applyOrLocate(List<ReceivedEvent<?>> events, List<Integer> indexes,
			Consumer<List<ReceivedEvent<?>>> apply) {
		if (events.isEmpty()) {
			return;
		}
		try {
			apply.accept(List.copyOf(events));
		}
		catch (RuntimeException batchFailed) {
			for (int i = 0; i < events.size(); i++) {
				try {
					apply.accept(List.of(events.get(i)));
				}
				catch (RuntimeException failed) {
					throw new BatchListenerFailedException("event " + events.get(i).id() + " could not be applied: "
							+ failed.getMessage(), failed, indexes.get(i));
				}
			}
		}
	}
}
