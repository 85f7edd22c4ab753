package org.coalitions.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, as an outsider would, to see exactly what was published. */
public final class EventProbe implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

	public EventProbe(String bootstrapServers, String topic) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
		List<TopicPartition> partitions = new ArrayList<>();
		for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
			partitions.add(new TopicPartition(topic, info.partition()));
		}
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
	}

	/** Polls until at least {@code count} records match, then returns every matching record seen so far. */
	public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> matching, int count,
			Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (matches(matching).size() < count && Instant.now().isBefore(deadline)) {
			consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
		}
		return matches(matching);
	}

	/** Keeps polling for a while and returns every matching record: for asserting that no more arrived. */
	public List<ConsumerRecord<String, byte[]>> settle(Predicate<ConsumerRecord<String, byte[]>> matching,
			Duration quiet) {
		Instant deadline = Instant.now().plus(quiet);
		while (Instant.now().isBefore(deadline)) {
			consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
		}
		return matches(matching);
	}

	private List<ConsumerRecord<String, byte[]>> matches(Predicate<ConsumerRecord<String, byte[]>> matching) {
		return seen.stream().filter(matching).toList();
	}

	public static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	public static String value(ConsumerRecord<String, byte[]> record) {
		return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		consumer.close();
	}
}
