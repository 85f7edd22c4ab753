package org.coalitions.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coalitions.contracts.Topics;

/**
 * Reads {@code coalition.events} from its end and notes when each numbered thread's {@code ThreadStarted} arrived:
 * this splits the end-to-end latency into the way to Kafka (coalition-service's outbox relay) and the way from
 * Kafka into the feed (notification-service's projection).
 */
final class TopicWatcher implements Runnable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Sightings sightings;

	private final AtomicBoolean stop = new AtomicBoolean();

	TopicWatcher(Stack stack, Sightings sightings) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
		this.consumer = new KafkaConsumer<>(config);
		List<TopicPartition> partitions = consumer.partitionsFor(Topics.COALITION_EVENTS)
			.stream()
			.map(info -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		this.sightings = sightings;
	}

	@Override
	public void run() {
		try (consumer) {
			while (!stop.get()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
					sightings.note(new String(record.value(), StandardCharsets.UTF_8), System.nanoTime());
				}
			}
		}
	}

	void stop() {
		stop.set(true);
	}
}
