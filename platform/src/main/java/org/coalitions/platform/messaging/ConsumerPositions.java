package org.coalitions.platform.messaging;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * How far the service's consumer groups have got: what each group has committed against the ends of the topics
 * it reads, asked of the broker (so it holds across instances: the group's committed offsets are shared). The one
 * home of "has this service applied that record yet" and of consumer lag. Every question is bounded by
 * {@link #TIMEOUT_MS}; an answer that cannot be had is empty, never a hang.
 */
public class ConsumerPositions implements DisposableBean {

	static final int TIMEOUT_MS = 2000;

	private final Admin admin;

	private final KafkaListenerEndpointRegistry registry;

	/** Per group, the next offset of each partition after the records this instance has applied. */
	private final Map<String, Map<TopicPartition, Long>> appliedHere = new ConcurrentHashMap<>();

	public ConsumerPositions(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry registry) {
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
		this.admin = Admin.create(config);
		this.registry = registry;
	}

	/** The groups of this service's listeners that read each topic. */
	public Map<String, Set<String>> groupsByTopic() {
		Map<String, Set<String>> groups = new TreeMap<>();
		for (MessageListenerContainer container : registry.getListenerContainers()) {
			String[] topics = container.getContainerProperties().getTopics();
			if (topics != null && container.getGroupId() != null) {
				for (String topic : topics) {
					groups.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(container.getGroupId());
				}
			}
		}
		return groups;
	}

	/**
	 * Per group, per partition of the topics it reads, the records not committed yet (a partition it has never
	 * committed counts from the beginning of the topic's retained records, as {@code earliest} reads them).
	 */
	public Optional<Map<String, Map<TopicPartition, Long>>> lag() {
		Map<String, Set<String>> topicsByGroup = new TreeMap<>();
		groupsByTopic().forEach((topic, groups) -> groups
			.forEach(group -> topicsByGroup.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(topic)));
		return lag(topicsByGroup);
	}

	/**
	 * As {@link #lag()}, for the given groups and the topics each reads, whether or not this instance runs them
	 * (a replay asks about the live service's groups).
	 */
	public Optional<Map<String, Map<TopicPartition, Long>>> lag(Map<String, Set<String>> topicsByGroup) {
		try {
			Map<String, Map<TopicPartition, Long>> lag = new TreeMap<>();
			for (Map.Entry<String, Set<String>> group : topicsByGroup.entrySet()) {
				Map<TopicPartition, Long> ends = offsets(group.getValue(), OffsetSpec.latest());
				Map<TopicPartition, Long> starts = offsets(group.getValue(), OffsetSpec.earliest());
				Map<TopicPartition, OffsetAndMetadata> committed = committed(group.getKey());
				Map<TopicPartition, Long> behind = new TreeMap<>(
						(a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition())
								: a.topic().compareTo(b.topic()));
				ends.forEach((partition, end) -> {
					OffsetAndMetadata at = committed.get(partition);
					long from = at == null ? starts.getOrDefault(partition, 0L) : at.offset();
					behind.put(partition, Math.max(0, end - from));
				});
				lag.put(group.getKey(), behind);
			}
			return Optional.of(lag);
		}
		catch (ExecutionException | TimeoutException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** Whether every group reading the topic has committed up to its end; empty when the broker cannot say. */
	public Optional<Boolean> caughtUp(String topic) {
		return lag().map(lag -> groupsByTopic().getOrDefault(topic, Set.of()).stream()
			.allMatch(group -> lag.getOrDefault(group, Map.of()).entrySet().stream()
				.filter(partition -> partition.getKey().topic().equals(topic))
				.allMatch(partition -> partition.getValue() == 0)));
	}

	/** This instance's listener of {@code group} has applied the record (called by the listeners). */
	void applied(String group, ConsumerRecord<?, ?> record) {
		appliedHere.computeIfAbsent(group, g -> new ConcurrentHashMap<>())
			.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
	}

	/**
	 * Whether every group of this service that reads the record's topic has applied it: this instance applied it
	 * (known in memory), or the group has committed past it (asked of the broker, so it holds whichever instance
	 * applied it); empty when the broker cannot say. A topic no group reads is applied by definition.
	 */
	public Optional<Boolean> applied(TopicPartition partition, long offset) {
		try {
			for (String group : groupsByTopic().getOrDefault(partition.topic(), Set.of())) {
				if (appliedHere.getOrDefault(group, Map.of()).getOrDefault(partition, 0L) > offset) {
					continue;
				}
				OffsetAndMetadata committed = committed(group).get(partition);
				if (committed == null || committed.offset() <= offset) {
					return Optional.of(false);
				}
			}
			return Optional.of(true);
		}
		catch (ExecutionException | TimeoutException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private Map<TopicPartition, OffsetAndMetadata> committed(String group)
			throws InterruptedException, ExecutionException, TimeoutException {
		return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(TIMEOUT_MS,
				TimeUnit.MILLISECONDS);
	}

	private Map<TopicPartition, Long> offsets(Set<String> topics, OffsetSpec spec)
			throws InterruptedException, ExecutionException, TimeoutException {
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		var descriptions = admin.describeTopics(topics).allTopicNames().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
		descriptions.forEach((topic, description) -> description.partitions()
			.forEach(info -> request.put(new TopicPartition(topic, info.partition()), spec)));
		Map<TopicPartition, Long> offsets = new HashMap<>();
		admin.listOffsets(request).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
			.forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	@Override
	public void destroy() {
		admin.close(java.time.Duration.ofSeconds(1));
	}
}
