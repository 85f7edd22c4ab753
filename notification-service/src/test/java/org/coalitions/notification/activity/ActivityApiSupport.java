package org.coalitions.notification.activity;

import java.time.Duration;
import java.time.Instant;

import org.coalitions.infra.Ports;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.MutableClock;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void closeEvents() {
		events.close();
	}

	/** Publishes the event as having happened at the given time. */
	PendingEvent publishAt(PlatformEvent event, Instant time) {
		PendingEvent pending = PendingEvent.of(event, "sam", time);
		events.publish(pending);
		return pending;
	}

	void awaitEvents(String coalitionId, long count) {
		Ports.await("activity of " + coalitionId, Duration.ofSeconds(30),
				() -> activity.find(coalitionId).map(found -> found.events() >= count).orElse(false));
	}

	ApiResponse get(String path, String token) {
		return api.get(path, token);
	}

	JsonNode getJson(String path) {
		return get(path, SECRETARIAT).assertStatus(200).json();
	}
}
