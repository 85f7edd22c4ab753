package org.coalitions.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.coalitions.platform.messaging.EventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

/**
 * Sends the events waiting in aggregates' outboxes to Kafka, one aggregate's events in the order they were
 * recorded, and removes each from its document only after the broker acknowledged it. While Kafka is
 * unreachable it backs off and tries again; nothing is dropped. Commands wake it up so events leave at once.
 *
 * <p>If the process dies between the acknowledgement and the removal, the event is sent again on restart:
 * delivery is at least once, and consumers are idempotent by event id.
 */
public final class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

	private final MongoOperations mongo;

	private final KafkaOperations<String, byte[]> kafka;

	private final OutboxProperties properties;

	private final Semaphore wakeUps = new Semaphore(0);

	private final AtomicLong relayed = new AtomicLong();

	private volatile boolean running;

	private Thread worker;

	public OutboxRelay(MongoOperations mongo, KafkaOperations<String, byte[]> kafka, OutboxProperties properties) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
	}

	/** Asks the relay to look for pending events now rather than at its next poll. */
	public void wakeUp() {
		wakeUps.release();
	}

	/** How many events this relay has had acknowledged by Kafka since it started. */
	public long relayedCount() {
		return relayed.get();
	}

	@Override
	public synchronized void start() {
		if (running || properties.collections().isEmpty()) {
			return;
		}
		running = true;
		worker = new Thread(this::run, "outbox-relay");
		worker.setDaemon(true);
		worker.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(SEND_TIMEOUT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			worker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		Duration backoff = Duration.ZERO;
		while (running) {
			try {
				int sent = relayOnce();
				backoff = Duration.ZERO;
				if (sent == 0) {
					awaitWork(properties.pollInterval());
				}
			}
			catch (RelayFailed | RuntimeException ex) {
				if (!running) {
					return;
				}
				backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2),
						properties.maxBackoff());
				log.warn("Outbox relay could not deliver, retrying in {} ms: {}", backoff.toMillis(), ex.toString());
				sleep(backoff);
			}
		}
	}

	/**
	 * One pass over every outbox collection.
	 * @return the number of events acknowledged
	 * @throws RelayFailed if Kafka did not acknowledge an event; the pass stops there
	 */
	public int relayOnce() throws RelayFailed {
		int total = 0;
		for (String collection : properties.collections()) {
			Query pending = new Query(Criteria.where(OutboxAggregate.OUTBOX_FIELD + ".0").exists(true))
				.limit(properties.batchSize());
			pending.fields().include(OutboxAggregate.OUTBOX_FIELD);
			for (Document aggregate : mongo.find(pending, Document.class, collection)) {
				total += relay(collection, aggregate);
			}
		}
		return total;
	}

	private int relay(String collection, Document aggregate) throws RelayFailed {
		List<PendingEvent> events;
		try {
			events = aggregate.getList(OutboxAggregate.OUTBOX_FIELD, Document.class)
				.stream()
				.map(OutboxRelay::toPendingEvent)
				.toList();
		}
		catch (RuntimeException ex) {
			// a damaged entry must not hold up every other aggregate's events; it stays for a person to look at
			log.error("Skipping the outbox of {} {}: an entry is not a pending event ({})", collection,
					aggregate.get("_id"), ex.toString());
			return 0;
		}
		List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
		List<Object> acknowledged = new ArrayList<>();
		RelayFailed failure = null;
		try {
			for (PendingEvent event : events) {
				sends.add(kafka.send(EventRecords.toProducerRecord(event, properties.source())));
			}
		}
		catch (RuntimeException ex) {
			failure = new RelayFailed(ex);
		}
		for (int i = 0; i < sends.size() && failure == null; i++) {
			try {
				sends.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				acknowledged.add(events.get(i).eventId());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = new RelayFailed(ex);
			}
			catch (Exception ex) {
				failure = new RelayFailed(ex);
			}
		}
		if (!acknowledged.isEmpty()) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
					new Update().pull(OutboxAggregate.OUTBOX_FIELD, new Document("eventId", new Document("$in",
							acknowledged))),
					collection);
			relayed.addAndGet(acknowledged.size());
		}
		if (failure != null) {
			throw failure;
		}
		return acknowledged.size();
	}

	private static PendingEvent toPendingEvent(Document event) {
		Object time = event.get("time");
		for (String required : List.of("eventId", "type", "topic", "key", "data")) {
			if (event.getString(required) == null) {
				throw new IllegalArgumentException("no " + required);
			}
		}
		return new PendingEvent(event.getString("eventId"), event.getString("type"), event.getString("topic"),
				event.getString("key"), event.getString("actor"),
				time instanceof Date date ? date.toInstant() : java.time.Instant.parse(String.valueOf(time)),
				event.getString("data"));
	}

	private void awaitWork(Duration timeout) {
		try {
			if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				wakeUps.drainPermits();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	/** Kafka did not acknowledge an event in time. */
	public static final class RelayFailed extends Exception {

		RelayFailed(Throwable cause) {
			super(cause.getMessage(), cause);
		}
	}
}
