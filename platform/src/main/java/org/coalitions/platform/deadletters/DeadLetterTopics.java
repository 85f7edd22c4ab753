package org.coalitions.platform.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads dead-letter topics with a consumer of its own per question, assigned to the partitions and in no group (so
 * it commits nothing and moves no one's offsets). Every call to the broker is bounded by {@link #TIMEOUT}, a whole
 * reading by {@link #READING}: a broker that does not answer in time is a {@link DeadLettersUnavailableException},
 * never a hang.
 */
class DeadLetterTopics {

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	static final Duration READING = Duration.ofSeconds(5);

	/** The newest records read of each partition: dead letters are few, a flood of them is read from its end. */
	static final int NEWEST_PER_PARTITION = 500;

	private final Map<String, Object> config;

	DeadLetterTopics(Map<String, Object> consumerConfig) {
		Map<String, Object> config = new HashMap<>(consumerConfig);
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, NEWEST_PER_PARTITION);
		this.config = config;
	}

	/** The newest records of every partition of the topics that {@code wanted} accepts. */
	List<ConsumerRecord<String, byte[]>> read(Collection<String> topics, Predicate<ConsumerRecord<String, byte[]>> wanted) {
		long deadline = System.nanoTime() + READING.toNanos();
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : topics) {
				List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
				if (infos != null) {
					infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
				}
			}
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
			Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, TIMEOUT);
			List<TopicPartition> holding = partitions.stream()
				.filter(partition -> ends.getOrDefault(partition, 0L) > starts.getOrDefault(partition, 0L))
				.toList();
			consumer.assign(holding);
			holding.forEach(partition -> consumer.seek(partition,
					Math.max(starts.get(partition), ends.get(partition) - NEWEST_PER_PARTITION)));
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			while (!holding.stream().allMatch(partition -> consumer.position(partition, TIMEOUT) >= ends.get(partition))) {
				if (System.nanoTime() > deadline) {
					throw new DeadLettersUnavailableException("the dead-letter topics were not read in time", null);
				}
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					if (record.offset() < ends.get(partition) && wanted.test(record)) {
						records.add(record);
					}
				}
			}
			return records;
		}
		catch (KafkaException ex) {
			throw new DeadLettersUnavailableException("the broker did not answer in time", ex);
		}
	}

	/** The record at that place, if it is there still. */
	Optional<ConsumerRecord<String, byte[]>> read(DeadLetterId id) {
		long deadline = System.nanoTime() + READING.toNanos();
		TopicPartition partition = new TopicPartition(id.topic(), id.partition());
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			List<PartitionInfo> infos = consumer.partitionsFor(id.topic(), TIMEOUT);
			if (infos == null || infos.stream().noneMatch(info -> info.partition() == id.partition())) {
				return Optional.empty();
			}
			long end = consumer.endOffsets(List.of(partition), TIMEOUT).getOrDefault(partition, 0L);
			long start = consumer.beginningOffsets(List.of(partition), TIMEOUT).getOrDefault(partition, 0L);
			if (id.offset() < start || id.offset() >= end) {
				return Optional.empty();
			}
			consumer.assign(List.of(partition));
			consumer.seek(partition, id.offset());
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.offset() == id.offset()) {
						return Optional.of(record);
					}
					if (record.offset() > id.offset()) {
						return Optional.empty();
					}
				}
			}
			throw new DeadLettersUnavailableException("the dead-letter record was not read in time", null);
		}
		catch (KafkaException ex) {
			throw new DeadLettersUnavailableException("the broker did not answer in time", ex);
		}
	}

	private KafkaConsumer<String, byte[]> consumer() {
		return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
	}
}
