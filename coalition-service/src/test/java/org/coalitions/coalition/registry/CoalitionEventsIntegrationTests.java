package org.coalitions.coalition.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.platform.events.CloudEvents;
import org.coalitions.platform.events.Topics;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposing a coalition over HTTP, against the real broker and store: what reaches Kafka, and how. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoalitionEventsIntegrationTests {

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		TestInfra.register(registry, "coalition-service");
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void proposalIsPublishedAsACloudEventKeyedByTheCoalition() throws Exception {
		HttpResponse<String> created = propose("Dynamic Coalition on Spam", "alice");
		assertThat(created.statusCode()).isEqualTo(201);
		String id = created.headers().firstValue("Location").orElseThrow().replace("/api/coalitions/", "");

		try (EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS)) {
			List<ConsumerRecord<String, byte[]>> records = probe.await(record -> id.equals(record.key()), 1,
					Duration.ofSeconds(30));
			assertThat(records).hasSize(1);
			ConsumerRecord<String, byte[]> record = records.get(0);
			assertThat(EventProbe.header(record, CloudEvents.TYPE)).isEqualTo("org.coalitions.coalition.proposed.v1");
			assertThat(EventProbe.header(record, CloudEvents.SOURCE)).isEqualTo("/coalition-service");
			assertThat(EventProbe.header(record, CloudEvents.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(EventProbe.header(record, CloudEvents.CONTENT_TYPE)).isEqualTo("application/json");
			assertThat(EventProbe.header(record, CloudEvents.ID)).isNotBlank();
			assertThat(EventProbe.header(record, CloudEvents.TIME)).isNotBlank();
			assertThat(EventProbe.header(record, CloudEvents.ACTOR)).isEqualTo("alice");
			assertThat(EventProbe.value(record)).contains("\"coalitionId\":\"" + id + "\"")
				.contains("\"name\":\"Dynamic Coalition on Spam\"")
				.contains("\"joinPolicy\":\"OPEN\"")
				.doesNotContain("org.coalitions");
			assertThat(record.headers().lastHeader("__TypeId__")).isNull();
		}
	}

	@Test
	void namesAreUniqueRegardlessOfCase() throws Exception {
		assertThat(propose("Open Standards Coalition", "bruno").statusCode()).isEqualTo(201);
		HttpResponse<String> again = propose("open standards COALITION", "chen");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void listingFindsCoalitionsByWordsOfTheirNameAndSummary() throws Exception {
		propose("Coalition on Privacy", "dana");
		HttpResponse<String> found = http.send(HttpRequest.newBuilder(uri("/api/coalitions?q=priv")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("Coalition on Privacy").doesNotContain("outbox");
	}

	private HttpResponse<String> propose(String name, String user) throws Exception {
		String body = """
				{"name": "%s", "theme": "SPAM", "summary": "Fighting unsolicited bulk mail across borders.",
				 "charter": "We coordinate.", "joinPolicy": "OPEN"}""".formatted(name);
		return http.send(HttpRequest.newBuilder(uri("/api/coalitions"))
			.header("Authorization", "Bearer " + TestTokens.of(user, user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
