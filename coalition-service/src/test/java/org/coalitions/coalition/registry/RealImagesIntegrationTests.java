package org.coalitions.coalition.registry;

import java.time.Duration;

import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.RealImageServers;
import org.coalitions.platform.test.RealImages;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox path against the real MongoDB and Apache Kafka images, where a Docker engine exists (skipped
 * cleanly where none does): a proposal is stored and its event published with the CloudEvents headers.
 */
@ApiIntegrationTest
@RealImages("coalition-service")
class RealImagesIntegrationTests {

	ApiClient api;

	@Test
	void aProposalIsStoredAndPublishedOnTheRealImages() throws Exception {
		String body = """
				{"name": "Coalition on Multilingualism", "theme": "MULTILINGUALISM",
				 "summary": "Content and names in every script.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, "joinPolicy": "OPEN"}""";
		ApiResponse created = api.post("/api/coalitions", TestTokens.of("gita", "Gita"), body);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = created.headers().firstValue("Location").orElseThrow().replace("/api/coalitions/", "");

		try (EventProbe probe = new EventProbe(RealImageServers.kafkaBootstrapServers(), Topics.COALITION_EVENTS)) {
			assertThat(probe.await(record -> id.equals(record.key()), 1, Duration.ofSeconds(60)))
				.singleElement()
				.satisfies(record -> assertThat(EventProbe.header(record, CloudEvents.TYPE))
					.isEqualTo("org.coalitions.coalition.proposed.v1"));
		}
	}
}
