package org.coalitions.coalition.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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

	@LocalServerPort
	int port;

	@Test
	void aProposalIsStoredAndPublishedOnTheRealImages() throws Exception {
		String body = """
				{"name": "Coalition on Multilingualism", "theme": "MULTILINGUALISM",
				 "summary": "Content and names in every script.", "joinPolicy": "OPEN"}""";
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/coalitions"))
				.header("Authorization", "Bearer " + TestTokens.of("gita", "Gita"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
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
