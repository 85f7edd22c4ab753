package org.coalitions.platform.test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.coalitions.infra.Ports;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Waits until every running listener of a service under test has committed up to the end of its partitions. A
 * new test context reads the shared broker's topics from their beginning, so before a test counts anything
 * across all coalitions, what earlier tests (of this module and the modules built before) published must be
 * applied, or it lands between two counts.
 */
public final class CaughtUp {

	private CaughtUp() {
	}

	public static void await(KafkaListenerEndpointRegistry registry, String bootstrapServers, Duration timeout) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Ports.await("every listener caught up", timeout, () -> {
				var running = registry.getListenerContainers().stream().filter(MessageListenerContainer::isRunning)
					.toList();
				return !running.isEmpty() && running.stream().allMatch(container -> caughtUp(admin, container));
			});
		}
	}

	private static boolean caughtUp(Admin admin, MessageListenerContainer container) {
		var assigned = container.getAssignedPartitions();
		if (assigned == null || assigned.isEmpty()) {
			return false;
		}
		try {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(container.getGroupId())
				.partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			assigned.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
			var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
			return assigned.stream().allMatch(partition -> {
				OffsetAndMetadata offset = committed.get(partition);
				long end = ends.get(partition).offset();
				return end == 0 || offset != null && offset.offset() >= end;
			});
		}
		catch (ExecutionException | TimeoutException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
