package org.coalitions.notification.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.coalitions.infra.Ports;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.CaughtUp;
import org.coalitions.platform.test.MutableClock;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * One running notification-service (real broker, real store) whose clock the tests set, shared by the activity
 * API tests; events go in through the broker with the times the tests choose.
 */
@ApiIntegrationTest(value = "notification-service", properties = "coalitions.activity.heartbeat=300ms")
@Import(TestClock.class)
abstract class ActivityApiSupport {

	static final MutableClock clock = TestClock.CLOCK;

	static final String SECRETARIAT = TestTokens.of("sam", "Sam", "secretariat");

	static final String MEMBER = TestTokens.of("alice", "Alice");

	ApiClient api;

	@Autowired
	ActivityProjection activity;

	@Autowired
	MongoOperations mongo;

	@Autowired
	ConsumerPositions positions;

	/** The ids of the events published for each coalition (by key). */
	final Map<String, List<String>> published = new ConcurrentHashMap<>();

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void closeEvents() {
		events.close();
	}

	/** Publishes the event as having happened at the given time. */
	PendingEvent publishAt(PlatformEvent event, Instant time) {
		PendingEvent pending = PendingEvent.of(event, "sam", time);
		events.publish(pending);
		published.computeIfAbsent(pending.key(), key -> new CopyOnWriteArrayList<>()).add(pending.eventId());
		return pending;
	}

	/**
	 * Waits until every event published for the coalition is applied (they come on two topics, so the last one
	 * may be applied before others). Counts cannot tell: events that are not activity count nothing.
	 */
	void awaitApplied(String coalitionId) {
		List<String> eventIds = published.get(coalitionId);
		Ports.await(eventIds.size() + " events of " + coalitionId, Duration.ofSeconds(30),
				() -> mongo.exists(Query.query(Criteria.where("_id").is(coalitionId).and(AppliedEvents.FIELD).all(eventIds)),
						CoalitionActivity.COLLECTION));
	}

	/**
	 * Waits until what earlier tests published is applied: a new context reads the shared topics from their
	 * beginning, so a count over every coalition taken before that would move under the test.
	 */
	void awaitCaughtUp() {
		CaughtUp.await(positions, Duration.ofSeconds(90));
	}

	ApiResponse get(String path, String token) {
		return api.get(path, token);
	}

	JsonNode getJson(String path) {
		return get(path, SECRETARIAT).assertStatus(200).json();
	}
}
