package org.coalitions.coalition.registry;

import java.time.Duration;

import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox path against the real MongoDB and Apache Kafka images, where a Docker engine exists (skipped
 * cleanly where none does): a proposal is stored and its event published with the CloudEvents headers.
 */
@Testcontainers(disabledWithoutDocker = true)
@ApiIntegrationTest
class RealImagesIntegrationTests {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	@Container
	static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		TestInfra.register(registry, "coalition-service", kafka.getBootstrapServers(),
				mongo.getConnectionString() + "/coalition-service");
	}

	ApiClient api;

	@Test
	void aProposalIsStoredAndPublishedOnTheRealImages() throws Exception {
		String body = """
				{"name": "Coalition on Multilingualism", "theme": "MULTILINGUALISM",
				 "summary": "Content and names in every script.", "joinPolicy": "OPEN"}""";
		ApiResponse created = api.post("/api/coalitions", TestTokens.of("gita", "Gita"), body);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = created.headers().firstValue("Location").orElseThrow().replace("/api/coalitions/", "");

		try (EventProbe probe = new EventProbe(kafka.getBootstrapServers(), Topics.COALITION_EVENTS)) {
			assertThat(probe.await(record -> id.equals(record.key()), 1, Duration.ofSeconds(60)))
				.singleElement()
				.satisfies(record -> assertThat(EventProbe.header(record, CloudEvents.TYPE))
					.isEqualTo("org.coalitions.coalition.proposed.v1"));
		}
	}
}
