package org.coalitions.bench;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.coalitions.contracts.Topics;

/**
 * How far notification-service's consumer groups are behind on {@code coalition.events}: end offsets minus
 * committed offsets, summed over partitions (a group that has committed nothing yet is behind by the whole
 * topic). Every group of notification-service that reads the topic: the activity data, the feed, the journal,
 * the people directory and the action mails.
 */
final class ConsumerLag implements AutoCloseable {

	static final List<String> GROUPS = List.of("notification-service", "notification-service-feed",
			"notification-service-journal", "notification-service-people", "notification-service-action-mails");

	private final Admin admin;

	ConsumerLag(String bootstrap) {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		this.admin = Admin.create(config);
	}

	/** Lag per group, on the coalition events topic. */
	Map<String, Long> lag() {
		try {
			List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.COALITION_EVENTS))
				.allTopicNames()
				.get()
				.get(Topics.COALITION_EVENTS)
				.partitions()
				.stream()
				.map(info -> new TopicPartition(Topics.COALITION_EVENTS, info.partition()))
				.toList();
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin
				.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
				.all()
				.get();
			Map<String, Long> lag = new TreeMap<>();
			for (String group : GROUPS) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get();
				long behind = 0;
				for (TopicPartition partition : partitions) {
					OffsetAndMetadata offset = committed.get(partition);
					behind += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
				}
				lag.put(group, behind);
			}
			return lag;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		admin.close();
	}
}
