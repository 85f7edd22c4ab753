package org.coalitions.notification.activity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.TopicPartition;
import java.net.http.HttpResponse;

import org.coalitions.infra.MongoStore;
import org.coalitions.infra.Ports;
import org.coalitions.notification.NotificationServiceApplication;
import org.coalitions.notification.activity.ActivityStreamIntegrationTests.StreamClient;
import org.coalitions.notification.digest.DigestLease;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.security.DevelopmentSecrets;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of notification-service in one consumer group share the partitions, and every event takes
 * effect exactly once across them; the live activity stream of either shows what both applied, and one of them
 * runs the digests.
 */
class ScaleOutIntegrationTests {

	final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoInstancesSharePartitionsAndApplyEveryEventOnce() {
		String group = "notification-scale-" + UUID.randomUUID().toString().substring(0, 8);
		String mongo = MongoStore.newDatabaseUri("notification-scale");
		instances.add(start(group, mongo));
		instances.add(start(group, mongo));

		Ports.await("both instances to own partitions", Duration.ofSeconds(60),
				() -> instances.stream().allMatch(instance -> !assigned(instance).isEmpty())
						&& instances.stream().mapToInt(instance -> assigned(instance).size()).sum() == 12);
		Set<TopicPartition> first = assigned(instances.get(0));
		Set<TopicPartition> second = assigned(instances.get(1));
		assertThat(first).doesNotContainAnyElementsOf(second);

		List<String> coalitions = new ArrayList<>();
		try (TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers())) {
			for (int c = 0; c < 12; c++) {
				String id = UUID.randomUUID().toString();
				coalitions.add(id);
				for (int e = 0; e < 5; e++) {
					events.publish(new CoalitionProposed(id, "Coalition " + c, "SECURITY", "s", "OPEN", "u", "U"),
							"u");
				}
			}
		}

		ActivityProjection activity = instances.get(0).getBean(ActivityProjection.class);
		Ports.await("all 60 events applied", Duration.ofSeconds(60),
				() -> coalitions.stream().mapToLong(id -> activity.find(id).map(CoalitionActivity::events).orElse(0L)).sum() >= 60);
		assertThat(coalitions).allSatisfy(id -> assertThat(activity.find(id).orElseThrow().events()).isEqualTo(5));
	}

	@Test
	void eitherInstancesLiveStreamShowsWhatBothAppliedAndOneHoldsTheDigestLease() throws Exception {
		String group = "notification-scale-" + UUID.randomUUID().toString().substring(0, 8);
		String mongo = MongoStore.newDatabaseUri("notification-scale");
		instances.add(start(group, mongo));
		instances.add(start(group, mongo));
		Ports.await("both instances to own partitions", Duration.ofSeconds(60),
				() -> instances.stream().allMatch(instance -> !assigned(instance).isEmpty()));

		List<StreamClient> streams = new ArrayList<>();
		try {
			String secretariat = TestTokens.of("sam", "Sam", "secretariat");
			for (ConfigurableApplicationContext instance : instances) {
				ApiClient api = ApiClient.onLocalPort(
						Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
				streams.add(new StreamClient(api.send(api.request("/api/activity/stream", secretariat)
					.header("Accept", "text/event-stream")
					.build(), HttpResponse.BodyHandlers.ofLines())));
			}
			// twelve coalitions: with six partitions a topic, each instance applies some of them
			List<String> coalitions = new ArrayList<>();
			try (TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers())) {
				for (int c = 0; c < 12; c++) {
					String id = UUID.randomUUID().toString();
					coalitions.add(id);
					events.publish(new CoalitionProposed(id, "Streamed " + c, "SECURITY", "s", "OPEN", "u", "U"), "u");
				}
			}
			for (StreamClient stream : streams) {
				assertThat(coalitionsStreamed(stream, coalitions.size())).containsAll(coalitions);
			}
		}
		finally {
			streams.forEach(StreamClient::close);
		}

		List<Boolean> taken = instances.stream().map(instance -> instance.getBean(DigestLease.class).acquire()).toList();
		assertThat(taken).as("the digest lease, asked by each instance").containsExactlyInAnyOrder(true, false);
		int holder = taken.indexOf(true);
		assertThat(instances.get(holder).getBean(DigestLease.class).acquire()).as("renewed by its holder").isTrue();
		assertThat(instances.get(1 - holder).getBean(DigestLease.class).acquire()).as("still held").isFalse();
	}

	/** The coalitions of the first {@code expected} coalition events (any order), or of those within 30 seconds. */
	private static Set<String> coalitionsStreamed(StreamClient stream, int expected) throws InterruptedException {
		Set<String> seen = new HashSet<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (seen.size() < expected && System.nanoTime() < deadline) {
			String line = stream.queue.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith("data:")) {
				seen.add(StreamClient.json.readTree(line.substring("data:".length())).get("coalitionId").asString());
			}
		}
		return seen;
	}

	/** The partitions the activity listener owns (other features consume in groups of their own). */
	private static Set<TopicPartition> assigned(ConfigurableApplicationContext instance) {
		MessageListenerContainer container = instance.getBean(KafkaListenerEndpointRegistry.class)
			.getListenerContainer("notification-activity");
		Collection<TopicPartition> owned = container == null ? null : container.getAssignedPartitions();
		Set<TopicPartition> partitions = owned == null ? new HashSet<>() : new HashSet<>(owned);
		partitions.removeIf(partition -> !Topics.ALL.contains(partition.topic()));
		return partitions;
	}

	private static ConfigurableApplicationContext start(String group, String mongoUri) {
		Map<String, Object> properties = Map.of("server.port", 0, "spring.kafka.bootstrap-servers",
				TestInfra.sharedBroker().bootstrapServers(), "spring.mongodb.uri", mongoUri,
				"spring.mongodb.database", mongoUri.substring(mongoUri.lastIndexOf('/') + 1), "spring.kafka.consumer.group-id",
				group, "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER,
				"spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
		// command-line arguments outrank application.yml, as they would for a real second instance
		String[] args = properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(NotificationServiceApplication.class).profiles(DevelopmentSecrets.LOCAL_PROFILE)
			.run(args);
	}
}
