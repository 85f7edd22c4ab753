package org.coalitions.platform.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.observability.RecentValue;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Consuming as an operator sees it: each group's lag per topic (from {@link ConsumerPositions}, read at most once
 * per {@link #LAG_MAX_AGE} and never during a scrape, see {@link RecentValue}; unknown (NaN) while the broker cannot
 * say), and the records each dead-letter topic received from this service.
 */
public final class ConsumerMetrics implements MeterBinder, ApplicationListener<ApplicationStartedEvent> {

	/** Records of the topic not yet committed by the group, all partitions together; tags {@code group}, {@code topic}. */
	public static final String LAG = "coalitions.consumer.lag";

	/** Records this service sent to a dead-letter topic since it started; tag {@code topic}: the dead-letter topic. */
	public static final String DEAD_LETTERS = "coalitions.consumer.dead.letters";

	/**
	 * From a record's timestamp (set by the producer when the relay handed it over) until the group's listener got
	 * it: the broker's append, the consumer's fetch and the poll's assembly; tag {@code group}.
	 */
	public static final String DELIVERY = "coalitions.consumer.delivery";

	/** The listener's own work on what one delivery brought (a record, or a batch listener's poll); tag {@code group}. */
	public static final String APPLY = "coalitions.consumer.apply";

	static final Duration LAG_MAX_AGE = Duration.ofSeconds(5);

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	private final ConsumerPositions positions;

	private final RecentValue<Map<String, Map<TopicPartition, Long>>> lag;

	private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();

	private volatile MeterRegistry registry;

	ConsumerMetrics(ConsumerPositions positions) {
		this.positions = positions;
		this.lag = new RecentValue<>("consumer-lag-metrics", LAG_MAX_AGE,
				() -> positions.lag().orElseThrow(() -> new IllegalStateException("the broker did not answer")));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		// every dead-letter topic from the start, so that a rate over them starts at 0 rather than at the first one
		Topics.ALL.forEach(topic -> deadLetterCounter(Topics.deadLetter(topic)));
	}

	/** The listeners exist once the application has started: a lag gauge for each of their groups and topics. */
	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		MeterRegistry bound = registry;
		if (bound == null) {
			return;
		}
		positions.groupsByTopic().forEach((topic, groups) -> groups.forEach(group -> Gauge
			.builder(LAG, () -> lagOf(group, topic))
			.tag("group", group)
			.tag("topic", topic)
			.description("Records of the topic the consumer group has not committed yet")
			.register(bound)));
	}

	/** Counts a record the error handler sent to the dead-letter topic. */
	void deadLettered(String deadLetterTopic) {
		Optional.ofNullable(deadLetterCounter(deadLetterTopic)).ifPresent(Counter::increment);
	}

	private Counter deadLetterCounter(String topic) {
		MeterRegistry bound = registry;
		if (bound == null) {
			return null;
		}
		return deadLetters.computeIfAbsent(topic, name -> Counter.builder(DEAD_LETTERS)
			.tag("topic", name)
			.description("Records sent to the dead-letter topic (malformed, or failing after the retries)")
			.register(bound));
	}

	/** The timing of one group's deliveries; a no-op until the registry is bound. */
	Timing timing(String group) {
		return new Timing(this, group);
	}

	private Timer timer(String name, String group) {
		MeterRegistry bound = registry;
		if (bound == null) {
			return null;
		}
		return timers.computeIfAbsent(name + "|" + group, key -> Timer.builder(name)
			.tag("group", group)
			.description(DELIVERY.equals(name) ? "From the record's timestamp (the producer's) to the listener"
					: "The listener's work on one delivery (a record or a poll's batch)")
			.register(bound));
	}

	/** Times one group's deliveries (see {@link #DELIVERY} and {@link #APPLY}); its two timers looked up once. */
	static final class Timing {

		static final Timing NONE = new Timing(null, "");

		private final ConsumerMetrics metrics;

		private final String group;

		private volatile Timer delivery;

		private volatile Timer apply;

		Timing(ConsumerMetrics metrics, String group) {
			this.metrics = metrics;
			this.group = group;
		}

		/** A record has reached the listener now. */
		void received(ConsumerRecord<?, ?> record) {
			Timer timer = delivery;
			if (timer == null && metrics != null) {
				timer = delivery = metrics.timer(DELIVERY, group);
			}
			if (timer != null && record.timestamp() > 0) {
				timer.record(Math.max(0, System.currentTimeMillis() - record.timestamp()), TimeUnit.MILLISECONDS);
			}
		}

		/** The listener's work that began at that {@code System.nanoTime()} is done. */
		void applied(long startedNanos) {
			Timer timer = apply;
			if (timer == null && metrics != null) {
				timer = apply = metrics.timer(APPLY, group);
			}
			if (timer != null) {
				timer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
			}
		}
	}

	private double lagOf(String group, String topic) {
		Map<String, Map<TopicPartition, Long>> now = lag.get();
		if (now == null || !now.containsKey(group)) {
			return Double.NaN;
		}
		return now.get(group).entrySet().stream()
			.filter(partition -> partition.getKey().topic().equals(topic))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}
}
