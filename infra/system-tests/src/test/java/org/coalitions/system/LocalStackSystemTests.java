package org.coalitions.system;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command brings up the whole platform on real servers with demo data; a coalition proposed
 * through coalition-service's API then shows up, through Kafka, in membership-service's directory and in
 * notification-service's activity data (the walking skeleton).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackSystemTests {

	final LocalStack stack = new LocalStack(Path.of("target", "stack"));

	@BeforeAll
	void up() {
		stack.up();
	}

	@AfterAll
	void down() {
		stack.down();
	}

	@Test
	void everyServiceReportsUp() {
		for (String service : List.of("COALITION", "MEMBERSHIP", "NOTIFICATION")) {
			HttpResponse<String> health = stack.get(stack.url(service, "/actuator/health"), null);
			assertThat(health.statusCode()).as(service).isEqualTo(200);
			assertThat(LocalStack.json(health.body()).get("status").asString()).as(service).isEqualTo("UP");
		}
	}

	@Test
	void theDemoCoalitionsCanBeListed() {
		JsonNode page = LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions?size=100"), null).body());
		List<String> names = new ArrayList<>();
		page.get("items").forEach(item -> names.add(item.get("name").asString()));
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(6);
		assertThat(String.join("|", names)).containsIgnoringCase("spam").containsIgnoringCase("privacy");
	}

	@Test
	void aProposedCoalitionReachesTheOtherServicesThroughKafka() {
		String token = stack.token("dana");
		HttpResponse<String> created = stack.post(stack.url("COALITION", "/api/coalitions"), token, """
				{"name": "Walking Skeleton Coalition", "theme": "OPEN_STANDARDS",
				 "summary": "Proves the event backbone end to end.", "joinPolicy": "MODERATED"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = LocalStack.json(created.body()).get("id").asString();

		Ports.await("membership-service's directory entry", Duration.ofSeconds(60),
				() -> stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/membership-info"), token)
					.statusCode() == 200);
		assertThat(stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/membership-info"), token).body())
			.contains("\"joinPolicy\":\"MODERATED\"");

		String secretariat = stack.token("sam");
		Ports.await("notification-service's activity data", Duration.ofSeconds(60),
				() -> stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions/" + id), secretariat)
					.statusCode() == 200);
		assertThat(stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions/" + id), secretariat).body())
			.contains("\"name\":\"Walking Skeleton Coalition\"");
		assertThat(stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions/" + id), token).statusCode())
			.as("only the secretariat sees activity data")
			.isEqualTo(403);
	}
}
