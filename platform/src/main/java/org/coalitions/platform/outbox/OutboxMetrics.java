package org.coalitions.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.coalitions.platform.observability.RecentValue;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The outboxes as an operator sees them: per outbox collection, the events waiting to be relayed and how long the
 * oldest has waited. Both are read from the store (so they cover every instance's events, and those a dead process
 * left), at most once per {@link #MAX_AGE}, never during a scrape ({@link RecentValue}); unknown (NaN) while the
 * store cannot be read.
 */
public final class OutboxMetrics implements MeterBinder {

	/** Events in the outbox not yet acknowledged by Kafka; tag {@code outbox}: the collection. */
	public static final String WAITING = "coalitions.outbox.waiting";

	/** Seconds since the oldest waiting event was recorded, 0 when none waits; tag {@code outbox}. */
	public static final String OLDEST_AGE = "coalitions.outbox.oldest.age";

	/**
	 * How long an event waited in the outbox from its command's save until the relay handed it to the producer: the
	 * relay's wake-up (one timer for every outbox of the service).
	 */
	public static final String RELAY_WAIT = "coalitions.outbox.relay.wait";

	/** From the relay handing an event to the producer until the broker acknowledged it (linger, append, acks). */
	public static final String SEND = "coalitions.outbox.send";

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private volatile Timer relayWait;

	private volatile Timer send;

	private final MongoOperations mongo;

	private final List<String> collections;

	private final RecentValue<Map<String, Waiting>> waiting;

	OutboxMetrics(MongoOperations mongo, OutboxProperties properties) {
		this.mongo = mongo;
		this.collections = properties.collections();
		this.waiting = new RecentValue<>("outbox-metrics", MAX_AGE, this::read);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		relayWait = Timer.builder(RELAY_WAIT)
			.description("From the command's save to the relay handing the event to the producer")
			.register(registry);
		send = Timer.builder(SEND)
			.description("From the relay handing an event to the producer to the broker's acknowledgement")
			.register(registry);
		for (String collection : collections) {
			Gauge.builder(WAITING, () -> figure(collection, false))
				.tag("outbox", collection)
				.description("Events recorded in the outbox and not yet relayed to Kafka")
				.register(registry);
			Gauge.builder(OLDEST_AGE, () -> figure(collection, true))
				.tag("outbox", collection)
				.description("How long the oldest event waiting in the outbox has waited (0 when none waits)")
				.baseUnit("seconds")
				.register(registry);
		}
	}

	/** The relay hands an event recorded then (null: not known) to the producer now. */
	void handed(Instant recordedAt) {
		Timer waited = relayWait;
		if (waited != null && recordedAt != null) { // null timer: not bound (a test's own relay)
			waited.record(Math.max(0, Duration.between(recordedAt, Instant.now()).toNanos()), TimeUnit.NANOSECONDS);
		}
	}

	/** The broker acknowledged an event the relay handed to the producer at that {@code System.nanoTime()}. */
	void acknowledged(long handedAtNanos) {
		Timer sent = send;
		if (sent != null) {
			sent.record(Math.max(0, System.nanoTime() - handedAtNanos), TimeUnit.NANOSECONDS);
		}
	}

	private double figure(String collection, boolean age) {
		Map<String, Waiting> now = waiting.get();
		Waiting figures = now == null ? null : now.get(collection);
		if (figures == null) {
			return Double.NaN;
		}
		if (!age) {
			return figures.events();
		}
		return figures.oldest() == null ? 0
				: Math.max(0, Duration.between(figures.oldest(), Instant.now()).toMillis() / 1000.0);
	}

	private Map<String, Waiting> read() {
		Map<String, Waiting> figures = new LinkedHashMap<>();
		for (String collection : collections) {
			Query pending = new Query(Criteria.where(OutboxAggregate.OUTBOX_FIELD + ".eventId").exists(true));
			pending.fields().include(OutboxAggregate.OUTBOX_FIELD + ".recordedAt", OutboxAggregate.OUTBOX_FIELD + ".time");
			long events = 0;
			Instant oldest = null;
			for (Document document : mongo.find(pending, Document.class, collection)) {
				for (Document event : document.getList(OutboxAggregate.OUTBOX_FIELD, Document.class, List.of())) {
					events++;
					// entries recorded before recordedAt existed: their event time is the best there is
					Instant recorded = instant(event.get("recordedAt") != null ? event.get("recordedAt") : event.get("time"));
					if (recorded != null && (oldest == null || recorded.isBefore(oldest))) {
						oldest = recorded;
					}
				}
			}
			figures.put(collection, new Waiting(events, oldest));
		}
		return figures;
	}

	private static Instant instant(Object stored) {
		if (stored instanceof Date date) {
			return date.toInstant();
		}
		return stored == null ? null : Instant.parse(stored.toString());
	}

	private record Waiting(long events, Instant oldest) {
	}
}
