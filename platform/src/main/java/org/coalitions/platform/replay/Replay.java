package org.coalitions.platform.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Rebuilds the service's {@link Projections} from the topics and compares them with the live ones. The service
 * runs with only its projection consumers, in fresh groups, into a scratch database ({@link ReplayEnvironment});
 * once they have caught up with the topics (lag 0, {@link ConsumerPositions}) and the live groups have too (or
 * {@code live-wait} has passed), each projection is compared document by document ({@link ProjectionComparison}).
 * With {@code swap} the live collections then take the rebuilt documents (live-only fields kept), but only while
 * no live consumer of the service is running: a live consumer writing meanwhile would be overwritten, or would
 * overwrite. The scratch database and groups are removed at the end, whatever happened.
 */
public class Replay {

	private static final Logger log = LoggerFactory.getLogger(Replay.class);

	/** Every line of the report starts with it, so a launcher can pick the report out of the log. */
	public static final String REPORT_PREFIX = "replay: ";

	private final Projections projections;

	private final ReplayProperties properties;

	private final ConsumerPositions positions;

	private final KafkaListenerEndpointRegistry listeners;

	private final MongoClient mongo;

	private final String scratchDatabase;

	private final Map<String, Object> adminConfig;

	public Replay(Projections projections, ReplayProperties properties, ConsumerPositions positions,
			KafkaListenerEndpointRegistry listeners, MongoClient mongo, String scratchDatabase, KafkaAdmin kafkaAdmin) {
		this.projections = projections;
		this.properties = properties;
		this.positions = positions;
		this.listeners = listeners;
		this.mongo = mongo;
		this.scratchDatabase = scratchDatabase;
		this.adminConfig = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
	}

	/** What a run found. */
	public record Outcome(List<ProjectionComparison> comparisons, boolean swapped, String failure) {

		public boolean equal() {
			return failure == null && comparisons.stream().allMatch(ProjectionComparison::equal);
		}

		/** 0 equal (or swapped), 1 different, 2 failed. */
		public int exitCode() {
			return failure != null ? 2 : equal() || swapped ? 0 : 1;
		}
	}

	public Outcome run() {
		Map<String, Set<String>> replayGroups = topicsByGroup();
		try {
			Set<String> missing = new java.util.TreeSet<>(projections.subscriptions());
			missing.removeAll(listeners.getListenerContainerIds());
			if (!missing.isEmpty()) {
				throw new ReplayFailed("the service's Projections name subscriptions it does not have: " + missing);
			}
			report("rebuilding " + collections() + " from " + replayGroups.values().stream().flatMap(Set::stream)
				.distinct().sorted().toList() + " into the scratch database " + scratchDatabase
					+ (projections.readFirst().isEmpty() ? "" : ", " + projections.readFirst() + " first"));
			if (!projections.readFirst().isEmpty()) {
				awaitCaughtUp(groupsOf(projections.readFirst(), replayGroups), properties.timeout(), true);
				projections.subscriptions().stream().filter(id -> !projections.readFirst().contains(id))
					.forEach(id -> listeners.getListenerContainer(id).start());
			}
			awaitCaughtUp(replayGroups, properties.timeout(), true);
			Map<String, Set<String>> liveGroups = liveGroups(replayGroups);
			long liveLag = awaitCaughtUp(liveGroups, properties.liveWait(), false);
			if (liveLag > 0) {
				report("the live groups are " + liveLag + " records behind the topics: comparing anyway");
			}
			List<ProjectionComparison> comparisons = new ArrayList<>();
			for (Projections.Projection projection : projections.collections()) {
				ProjectionComparison comparison = ProjectionComparison.compare(projection,
						documents(projection, properties.liveDatabase()), documents(projection, scratchDatabase));
				comparisons.add(comparison);
				report(comparison.summary());
			}
			boolean swapped = false;
			if (properties.swap()) {
				requireLiveConsumersStopped(liveGroups.keySet());
				projections.collections()
					.forEach(projection -> ProjectionSwap.swap(mongo, projection, properties.liveDatabase(), scratchDatabase));
				swapped = true;
				report("swapped: the live projections are the rebuilt ones now");
			}
			Outcome outcome = new Outcome(comparisons, swapped, null);
			report("RESULT " + (outcome.equal() ? "EQUAL" : "DIFFERENT") + (swapped ? " (swapped)" : ""));
			return outcome;
		}
		catch (ReplayFailed ex) {
			report("FAILED: " + ex.getMessage());
			return new Outcome(List.of(), false, ex.getMessage());
		}
		finally {
			cleanUp(replayGroups.keySet());
		}
	}

	private List<String> collections() {
		return projections.collections().stream().map(Projections.Projection::collection).toList();
	}

	/** Waits until every group has committed the ends of its topics; the records left when time is up. */
	private long awaitCaughtUp(Map<String, Set<String>> topicsByGroup, Duration within, boolean required) {
		Instant deadline = Instant.now().plus(within);
		long behind = Long.MAX_VALUE;
		while (true) {
			Optional<Map<String, Map<TopicPartition, Long>>> lag = positions.lag(topicsByGroup);
			if (lag.isPresent()) {
				behind = lag.get().values().stream().flatMap(partitions -> partitions.values().stream())
					.mapToLong(Long::longValue).sum();
				if (behind == 0) {
					return 0;
				}
			}
			if (Instant.now().isAfter(deadline)) {
				if (required) {
					throw new ReplayFailed("not caught up with the topics within " + within + " ("
							+ (behind == Long.MAX_VALUE ? "the broker did not answer" : behind + " records left") + ")");
				}
				return behind;
			}
			sleep(Duration.ofMillis(500));
		}
	}

	private Map<String, Set<String>> topicsByGroup() {
		Map<String, Set<String>> topicsByGroup = new TreeMap<>();
		positions.groupsByTopic().forEach((topic, groups) -> groups
			.forEach(group -> topicsByGroup.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(topic)));
		return topicsByGroup;
	}

	private Map<String, Set<String>> groupsOf(Set<String> subscriptionIds, Map<String, Set<String>> topicsByGroup) {
		Map<String, Set<String>> groups = new TreeMap<>();
		for (String id : subscriptionIds) {
			String group = listeners.getListenerContainer(id).getGroupId();
			groups.put(group, topicsByGroup.get(group));
		}
		return groups;
	}

	/** The replay's groups under their live names: {@code <group>-replay-<time>[-suffix]} → {@code <group>[-suffix]}. */
	private Map<String, Set<String>> liveGroups(Map<String, Set<String>> replayGroups) {
		String replayGroup = replayGroups.keySet().stream().map(group -> group.replaceFirst("(-replay-\\d+).*", "$1"))
			.findFirst().orElse("");
		Map<String, Set<String>> live = new TreeMap<>();
		replayGroups.forEach((group, topics) -> live
			.put(properties.liveGroup() + group.substring(replayGroup.length()), topics));
		return live;
	}

	private List<Document> documents(Projections.Projection projection, String database) {
		return mongo.getDatabase(database).getCollection(projection.collection()).find().into(new ArrayList<>());
	}

	private void requireLiveConsumersStopped(Set<String> liveGroups) {
		try (Admin admin = Admin.create(adminConfig)) {
			Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(liveGroups).all()
				.get(10, TimeUnit.SECONDS);
			List<String> running = groups.values().stream().filter(group -> !group.members().isEmpty())
				.map(ConsumerGroupDescription::groupId).toList();
			if (!running.isEmpty()) {
				throw new ReplayFailed("not swapped: the live consumers " + running
						+ " are running; stop the service first (the live projections are unchanged)");
			}
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new ReplayFailed("not swapped: the broker could not say whether the live consumers run: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReplayFailed("interrupted");
		}
	}

	private void cleanUp(Set<String> replayGroups) {
		listeners.stop();
		try (Admin admin = Admin.create(adminConfig)) {
			for (int attempt = 0; attempt < 10; attempt++) {
				try {
					admin.deleteConsumerGroups(replayGroups).all().get(5, TimeUnit.SECONDS);
					break;
				}
				catch (ExecutionException | TimeoutException ex) {
					// a group is left for a moment after its consumers close
					sleep(Duration.ofMillis(500));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete the replay's consumer groups {}: {}", replayGroups, ex.toString());
		}
		mongo.getDatabase(scratchDatabase).drop();
	}

	private static void report(String line) {
		System.out.println(REPORT_PREFIX + line);
		log.info(line);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReplayFailed("interrupted");
		}
	}

	static class ReplayFailed extends RuntimeException {

		ReplayFailed(String message) {
			super(message);
		}
	}
}
