package org.coalitions.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventRecords;
import org.coalitions.platform.messaging.PendingEvent;

/**
 * The event pipeline, in three steps that {@code bench/run} runs while notification-service is stopped and then
 * started again:
 * <ol>
 * <li>{@code produce}: a backlog of well-formed events on {@code coalition.events}, made by the platform library
 * exactly as the services' outbox relays make them, over 1,000 coalitions, mostly threads and replies;</li>
 * <li>{@code raw}: the baseline, a plain Kafka consumer reading the whole topic (and, apart, decoding each record
 * as the services do);</li>
 * <li>{@code drain}: notification-service's consumer groups' lag, every second, until all are at the end (or the
 * time is up): its events per second;</li>
 * <li>{@code store}: the other baseline, the store's own limit for the same work ({@link StoreBaseline}).</li>
 * </ol>
 */
final class PipelineBenchmark {

	static final int COALITIONS = 1_000;

	public static void main(String[] args) throws Exception {
		Stack stack = Stack.fromEnvironment();
		switch (args.length == 0 ? "" : args[0]) {
			case "produce" -> produce(stack, Integer.parseInt(System.getenv().getOrDefault("BENCH_EVENTS", "500000")));
			case "raw" -> raw(stack);
			case "drain" -> drain(stack,
					Integer.parseInt(System.getenv().getOrDefault("BENCH_PIPELINE_SECONDS", "300")));
			case "store" -> StoreBaseline.run(stack,
					Integer.parseInt(System.getenv().getOrDefault("BENCH_STORE_EVENTS", "200000")));
			default -> throw new IllegalArgumentException("usage: PipelineBenchmark produce|raw|drain|store");
		}
	}

	record Produced(int events, double seconds, double perSecond) {
	}

	static void produce(Stack stack, int events) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		System.out.printf("bench: producing %,d events to %s%n", events, Topics.COALITION_EVENTS);
		long start = System.nanoTime();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
			Map<Integer, Integer> threadsOf = new HashMap<>();
			ThreadLocalRandom random = ThreadLocalRandom.current();
			for (int i = 0; i < events; i++) {
				int coalition = random.nextInt(COALITIONS);
				String coalitionId = "bench-coalition-%04d".formatted(coalition);
				String author = "bench-member-" + random.nextInt(10_000);
				int threads = threadsOf.getOrDefault(coalition, 0);
				PlatformEvent event;
				if (threads == 0 || random.nextInt(4) == 0) {
					threadsOf.put(coalition, threads + 1);
					event = new ThreadStarted(coalitionId, coalitionId + "-t" + threads, "Backlog thread " + threads,
							author, "Member " + author);
				}
				else {
					int thread = random.nextInt(threads);
					event = new ReplyPosted(coalitionId, coalitionId + "-t" + thread, "r" + i,
							"Backlog thread " + thread, author, "Member " + author);
				}
				PendingEvent pending = PendingEvent.of(event, author, Instant.now());
				producer.send(EventRecords.toProducerRecord(pending, "coalition-service"));
				if (i > 0 && i % 100_000 == 0) {
					System.out.printf("bench:   %,d sent%n", i);
				}
			}
			producer.flush();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Json.write(stack.results().resolve("pipeline-produce.json"), new Produced(events, seconds, events / seconds));
	}

	/** A consumer's pass over the topic: records read, seconds, records per second. */
	record Pass(String name, long records, double seconds, double perSecond) {
	}

	static void raw(Stack stack) {
		List<Pass> passes = new ArrayList<>();
		passes.add(readAll(stack, "plain KafkaConsumer (bytes)", false));
		passes.add(readAll(stack, "plain KafkaConsumer + EventRecords decoding", true));
		Json.write(stack.results().resolve("pipeline-raw.json"), passes);
	}

	private static Pass readAll(Stack stack, String name, boolean decode) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + System.nanoTime());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.COALITION_EVENTS)
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			long total = end.values().stream().mapToLong(Long::longValue).sum();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long records = 0;
			long start = System.nanoTime();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					records++;
					if (decode) {
						EventRecords.fromConsumerRecord(record);
					}
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Pass pass = new Pass(name, records, seconds, records / seconds);
			System.out.printf("bench: %s: %,d of %,d records in %.1f s, %,.0f/s%n", name, records, total, seconds,
					pass.perSecond());
			return pass;
		}
	}

	/** The drain: backlog per group at the start, what was consumed, and how fast. */
	record Drain(Map<String, Long> backlogAtStart, Map<String, Long> lagAtEnd, double seconds, boolean drained,
			Map<String, Double> perSecondByGroup, double pipelinePerSecond, List<Reading> readings) {
	}

	/** The groups' lag, some seconds after the drain began. */
	record Reading(double seconds, Map<String, Long> lag) {
	}

	static void drain(Stack stack, int maxSeconds) {
		try (ConsumerLag lag = new ConsumerLag(stack.kafka())) {
			Map<String, Long> backlog = lag.lag();
			System.out.println("bench: notification-service's backlog " + backlog);
			long start = System.nanoTime();
			List<Reading> readings = new ArrayList<>();
			Map<String, Long> now = backlog;
			long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
			while (System.nanoTime() < deadline && now.values().stream().anyMatch(left -> left > 0)) {
				ClosedLoad.sleep(Duration.ofSeconds(1));
				now = lag.lag();
				readings.add(new Reading((System.nanoTime() - start) / 1e9, now));
				if (readings.size() % 15 == 0) {
					System.out.println("bench:   lag " + now);
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<String, Double> perSecond = new TreeMap<>();
			backlog.forEach((group, behind) -> {
				if (behind > 0) {
					perSecond.put(group, rate(group, behind, readings));
				}
			});
			boolean drained = now.values().stream().allMatch(left -> left == 0);
			// the pipeline is as fast as its slowest group: every event goes through all of them
			double pipeline = perSecond.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
			System.out.printf("bench: drained %s after %.0f s; events/s by group %s%n", drained, seconds, perSecond);
			Json.write(stack.results().resolve("pipeline.json"),
					new Drain(backlog, now, seconds, drained, perSecond, pipeline, readings));
		}
	}

	/**
	 * A group's events per second: from its first progress (the service starts first) to its last reading with
	 * lag, or the end.
	 */
	static double rate(String group, long backlog, List<Reading> readings) {
		Reading first = null;
		Reading last = null;
		for (Reading reading : readings) {
			long left = reading.lag().getOrDefault(group, backlog);
			if (first == null && left < backlog) {
				first = reading;
			}
			if (first != null && (last == null || last.lag().get(group) > 0)) {
				last = reading;
			}
		}
		if (first == null || last == first) {
			return 0;
		}
		return (first.lag().get(group) - last.lag().get(group)) / (last.seconds() - first.seconds());
	}
}
