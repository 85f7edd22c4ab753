package org.coalitions.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coalitions.contracts.CloudEvents;
import tools.jackson.databind.JsonNode;

/**
 * What a topic holds, read from its beginning to its end as an outsider would (no consumer group): each record's
 * CloudEvents id and type, and its data.
 */
final class PublishedEvents {

	record Event(String id, String type, JsonNode data) {
	}

	private PublishedEvents() {
	}

	static List<Event> read(LocalStack stack, String topic) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.env.get("KAFKA_PORT"),
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
			List<Event> events = new ArrayList<>();
			Instant deadline = Instant.now().plusSeconds(60);
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException(topic + " not read to its end within 60 s");
				}
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					JsonNode data = data(record.value());
					if (record.value() == null || data != null) {
						events.add(new Event(header(record, CloudEvents.ID), header(record, CloudEvents.TYPE), data));
					}
				}
			}
			return events;
		}
	}

	/**
	 * The record's data; none for a tombstone, nor for a value that is not JSON, which is no event and is left out
	 * (the dead-letter tests put a malformed record on the topics of the run's stack).
	 */
	private static JsonNode data(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalStack.json(value);
		}
		catch (tools.jackson.core.JacksonException notJson) {
			return null;
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}
}
