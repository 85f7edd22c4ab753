package org.coalitions.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.coalitions.contracts.ConsistencyToken.Position;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.messaging.EventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.coalitions.platform.persistence.SecondaryIndexes;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

/**
 * Sends the events waiting in aggregates' outboxes to Kafka, each aggregate's events in the order they were
 * recorded, and removes them from their documents only after the broker acknowledged them. While Kafka is
 * unreachable it backs off and tries again; nothing is dropped.
 *
 * <p>A pass takes a batch of aggregates, sends all their events without waiting in between, then waits for the
 * acknowledgements and removes what was acknowledged with one bulk write per collection: the round trips of a
 * pass do not grow with the number of aggregates in it. One aggregate's events share a key, so they go to one
 * partition in the order sent, and the producer is idempotent. If one of an aggregate's events is not
 * acknowledged, that event and the ones after it stay for the next pass.
 *
 * <p>Which aggregates to look at: a saved aggregate with pending events is reported to the relay ({@link
 * #pending}, from {@link OutboxSaves}), and the relay reads those documents by id. A scan of every outbox
 * collection finds the rest (events of a process that died before relaying them, or written by another
 * instance whose relay is gone): at start, after a failure, and every {@code scanInterval}. Scanning is the
 * expensive part on a store that cannot index the outbox (the embedded wire-protocol server matches every
 * document), so it is not done per command.
 *
 * <p>The removal bumps the document's version: a save from a read taken before it would otherwise put the
 * relayed events back, to be sent again. Such a save now fails its optimistic lock, and the command runs again
 * on the fresh document ({@link org.coalitions.platform.persistence.ConcurrentSaves}).
 *
 * <p>If the process dies between the acknowledgement and the removal, the event is sent again on restart:
 * delivery is at least once, and consumers are idempotent by event id.
 */
public final class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

	/** Present in a document exactly when its outbox holds an event; sparsely indexed for the scan. */
	private static final String PENDING_EVENT_ID = OutboxAggregate.OUTBOX_FIELD + ".eventId";

	private final MongoOperations mongo;

	private final KafkaOperations<String, byte[]> kafka;

	private final OutboxProperties properties;

	private final RelayedPositions positions;

	private final OutboxMetrics metrics;

	private final Semaphore wakeUps = new Semaphore(0);

	private final ConcurrentLinkedQueue<Saved> saved = new ConcurrentLinkedQueue<>();

	private final AtomicLong relayed = new AtomicLong();

	private volatile boolean scanDue = true;

	private volatile Instant lastScan = Instant.EPOCH;

	private volatile boolean running;

	private final SecondaryIndexes indexes;

	private Thread worker;

	public OutboxRelay(MongoOperations mongo, KafkaOperations<String, byte[]> kafka, OutboxProperties properties,
			RelayedPositions positions, OutboxMetrics metrics, SecondaryIndexes indexes) {
		this.indexes = indexes;
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.positions = positions;
		this.metrics = metrics;
	}

	/**
	 * Reports that the document with the given id in the given collection was saved with pending events, and
	 * wakes the relay up.
	 */
	public void pending(String collection, Object id) {
		if (properties.collections().contains(collection) && id != null) {
			saved.add(new Saved(collection, id));
			wakeUps.release();
		}
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
		indexOutboxes();
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

	/**
	 * A sparse index on the pending events' ids lets a real MongoDB find the documents with pending events
	 * without reading the others; the embedded wire-protocol server ignores it.
	 */
	private void indexOutboxes() {
		for (String collection : properties.collections()) {
			try {
				indexes.ensure(collection, new Index(PENDING_EVENT_ID, Sort.Direction.ASC).sparse());
			}
			catch (RuntimeException ex) {
				log.warn("Could not index the outbox of {} (the scan still works, more slowly): {}", collection,
						ex.toString());
			}
		}
	}

	private void run() {
		Duration backoff = Duration.ZERO;
		while (running) {
			try {
				int sent = relayOnce();
				backoff = Duration.ZERO;
				if (sent == 0 && saved.isEmpty() && !scanDue) {
					awaitWork(properties.pollInterval());
				}
			}
			catch (RelayFailed | RuntimeException ex) {
				if (!running) {
					return;
				}
				scanDue = true;
				backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2),
						properties.maxBackoff());
				log.warn("Outbox relay could not deliver, retrying in {} ms: {}", backoff.toMillis(), ex.toString());
				sleep(backoff);
			}
		}
	}

	/**
	 * One pass: the aggregates reported as saved, and every outbox collection's pending documents when a scan
	 * is due.
	 * @return the number of events acknowledged
	 * @throws RelayFailed if Kafka did not acknowledge an event; what was acknowledged is removed all the same
	 */
	public int relayOnce() throws RelayFailed {
		List<Aggregate> batch = new ArrayList<>();
		Set<String> taken = new LinkedHashSet<>();
		boolean scan = scanDue || Instant.now().isAfter(lastScan.plus(properties.scanInterval()));
		if (scan) {
			scanDue = false;
			lastScan = Instant.now();
			for (String collection : properties.collections()) {
				Query pending = new Query(Criteria.where(PENDING_EVENT_ID).exists(true))
					.limit(properties.batchSize());
				List<Aggregate> found = read(collection, pending, taken);
				batch.addAll(found);
				if (found.size() >= properties.batchSize()) {
					scanDue = true; // there may be more
				}
			}
		}
		batch.addAll(readSaved(taken));
		return relay(batch);
	}

	/** The documents reported as saved, by id, at most a batch of them; the rest wait for the next pass. */
	private List<Aggregate> readSaved(Set<String> taken) {
		Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
		Saved next;
		int count = 0;
		while (count < properties.batchSize() && (next = saved.poll()) != null) {
			if (idsByCollection.computeIfAbsent(next.collection(), c -> new LinkedHashSet<>()).add(next.id())) {
				count++;
			}
		}
		List<Aggregate> found = new ArrayList<>();
		// by id alone: a query with any other condition beside the id cannot use the id's index on the embedded
		// server (it would read the whole collection at every pass); documents whose outbox is empty by now are
		// passed over below
		idsByCollection.forEach((collection, ids) -> found.addAll(read(collection,
				new Query(Criteria.where("_id").in(ids)), taken)));
		return found;
	}

	private List<Aggregate> read(String collection, Query query, Set<String> taken) {
		query.fields().include(OutboxAggregate.OUTBOX_FIELD);
		List<Aggregate> found = new ArrayList<>();
		for (Document document : mongo.find(query, Document.class, collection)) {
			Object id = document.get("_id");
			List<?> outbox = document.get(OutboxAggregate.OUTBOX_FIELD, List.class);
			if (outbox == null || outbox.isEmpty() || !taken.add(collection + "\u0000" + id)) {
				continue; // relayed already, or taken in this pass
			}
			try {
				found.add(new Aggregate(collection, id,
						document.getList(OutboxAggregate.OUTBOX_FIELD, Document.class)
							.stream()
							.map(OutboxRelay::toPendingEvent)
							.toList()));
			}
			catch (RuntimeException ex) {
				// a damaged entry must not hold up every other aggregate's events; it stays for a person to look at
				log.error("Skipping the outbox of {} {}: an entry is not a pending event ({})", collection, id,
						ex.toString());
			}
		}
		return found;
	}

	private int relay(List<Aggregate> batch) throws RelayFailed {
		if (batch.isEmpty()) {
			return 0;
		}
		List<List<CompletableFuture<SendResult<String, byte[]>>>> sends = new ArrayList<>();
		long handedAt = System.nanoTime();
		RelayFailed failure = null;
		for (Aggregate aggregate : batch) {
			List<CompletableFuture<SendResult<String, byte[]>>> own = new ArrayList<>();
			sends.add(own);
			for (PendingEvent event : aggregate.events()) {
				if (failure != null) {
					break;
				}
				try {
					metrics.handed(event.recordedAt());
					own.add(kafka.send(EventRecords.toProducerRecord(event, properties.source())));
				}
				catch (RuntimeException ex) {
					failure = new RelayFailed(ex);
				}
			}
		}
		long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
		Map<String, BulkOperations> removals = new LinkedHashMap<>();
		int acknowledged = 0;
		for (int a = 0; a < batch.size(); a++) {
			Aggregate aggregate = batch.get(a);
			List<Object> done = new ArrayList<>();
			for (int i = 0; i < sends.get(a).size(); i++) {
				try {
					RecordMetadata sent = sends.get(a)
						.get(i)
						.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
						.getRecordMetadata();
					metrics.acknowledged(handedAt);
					String eventId = aggregate.events().get(i).eventId();
					positions.relayed(eventId, new Position(sent.topic(), sent.partition(), sent.offset()));
					done.add(eventId);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					failure = failure == null ? new RelayFailed(ex) : failure;
					break;
				}
				catch (Exception ex) {
					// this event and the aggregate's later ones stay, so that their order holds when sent again
					failure = failure == null ? new RelayFailed(ex) : failure;
					break;
				}
			}
			if (!done.isEmpty()) {
				removals.computeIfAbsent(aggregate.collection(),
						c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c))
					.updateOne(Query.query(Criteria.where("_id").is(aggregate.id())),
							new Update().pull(OutboxAggregate.OUTBOX_FIELD,
									new Document("eventId", new Document("$in", done)))
								.inc(OutboxAggregate.VERSION_FIELD, 1));
				acknowledged += done.size();
			}
		}
		removals.values().forEach(BulkOperations::execute);
		relayed.addAndGet(acknowledged);
		if (failure != null) {
			throw failure;
		}
		return acknowledged;
	}

	private static PendingEvent toPendingEvent(Document event) {
		Object time = event.get("time");
		for (String required : List.of("eventId", "type", "topic", "key", "data")) {
			if (event.getString(required) == null) {
				throw new IllegalArgumentException("no " + required);
			}
		}
		return new PendingEvent(event.getString("eventId"), event.getString("type"), event.getString("topic"),
				event.getString("key"), event.getString("actor"), instant(time), event.getString("data"),
				event.get("recordedAt") == null ? null : instant(event.get("recordedAt")),
				event.getString("traceparent"));
	}

	private static Instant instant(Object stored) {
		return stored instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(stored));
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

	private record Saved(String collection, Object id) {
	}

	private record Aggregate(String collection, Object id, List<PendingEvent> events) {
	}

	/** Kafka did not acknowledge an event in time. */
	public static final class RelayFailed extends Exception {

		RelayFailed(Throwable cause) {
			super(cause.getMessage(), cause);
		}
	}
}
