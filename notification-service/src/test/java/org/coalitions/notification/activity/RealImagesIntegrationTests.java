package org.coalitions.notification.activity;

import java.time.Duration;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.RealImageServers;
import org.coalitions.platform.test.RealImages;
import org.coalitions.platform.test.ServiceIntegrationTest;
import org.coalitions.platform.test.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotent consumption against the real MongoDB and Apache Kafka images, where a Docker engine exists
 * (skipped cleanly where none does).
 */
@ServiceIntegrationTest
@RealImages("notification-service")
class RealImagesIntegrationTests {

	@Autowired
	ActivityProjection activity;

	@Test
	void aRedeliveredEventTakesEffectOnceOnARealMongoDb() {
		String id = UUID.randomUUID().toString();
		try (TestEvents events = new TestEvents(RealImageServers.kafkaBootstrapServers())) {
			PendingEvent first = events.publish(
					new CoalitionProposed(id, "Coalition on Security", "SECURITY", "s", "OPEN", "dana", "Dana"), "dana");
			events.publish(first);
			events.publish(new CoalitionProposed(id, "Coalition on Security", "SECURITY", "s", "OPEN", "dana", "Dana"),
					"dana");
		}
		Ports.await("two events applied", Duration.ofSeconds(60),
				() -> activity.find(id).map(found -> found.events() >= 2).orElse(false));
		assertThat(activity.find(id).orElseThrow().events()).isEqualTo(2);
	}
}
