package org.coalitions.notification.activity;

import java.time.Duration;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotent consumption against the real MongoDB and Apache Kafka images, where a Docker engine exists
 * (skipped cleanly where none does).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
class RealImagesIntegrationTests {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	@Container
	static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		TestInfra.register(registry, "notification-service", kafka.getBootstrapServers(),
				mongo.getConnectionString() + "/notification-service");
	}

	@Autowired
	ActivityProjection activity;

	@Test
	void aRedeliveredEventTakesEffectOnceOnARealMongoDb() {
		String id = UUID.randomUUID().toString();
		try (TestEvents events = new TestEvents(kafka.getBootstrapServers())) {
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
