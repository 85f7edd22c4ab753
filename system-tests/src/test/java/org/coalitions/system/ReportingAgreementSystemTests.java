package org.coalitions.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting rule has one home, coalition-service, which publishes each coalition's headline reporting status;
 * so the coalition page ({@code GET /api/coalitions/{id}/reporting}) and the secretariat's dashboard
 * ({@code GET /api/activity/coalitions/{id}}, as sam) show the same headline for every demo coalition, once the
 * events have arrived.
 */
@ExtendWith(SharedLocalStack.class)
class ReportingAgreementSystemTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private final LocalStack stack;

	ReportingAgreementSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void theCoalitionPageAndTheDashboardShowTheSameReportingHeadlineForEveryDemoCoalition() throws IOException {
		List<String> demo = demoCoalitionNames();
		assertThat(demo).isNotEmpty();
		String sam = stack.token("sam");
		for (String name : demo) {
			String id = idOf(name);
			Ports.await("the same reporting headline for " + name, WAIT,
					() -> pageHeadline(id).equals(dashboardHeadline(id, sam)));
			String headline = pageHeadline(id);
			assertThat(dashboardHeadline(id, sam)).as(name).isEqualTo(headline);
			assertThat(headline).as(name).matches("\\d{4} (DUE|OVERDUE|REPORTED) \\d{4}-\\d{2}-\\d{2}");
		}
	}

	/** The names in the demo data that {@code infra/demo-data.sh} loads. */
	private static List<String> demoCoalitionNames() throws IOException {
		JsonNode demo = LocalStack.json(Files.readString(LocalStack.REPO.resolve("infra/demo/coalitions.json")));
		return demo.get("coalitions").valueStream().map(coalition -> coalition.get("name").asString()).toList();
	}

	private String idOf(String name) {
		JsonNode found = LocalStack.json(stack.get(stack.url("COALITION",
				"/api/coalitions?size=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)), null).body());
		return found.get("items")
			.valueStream()
			.filter(coalition -> name.equals(coalition.get("name").asString()))
			.map(coalition -> coalition.get("id").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no demo coalition " + name));
	}

	/** "cycle STATUS deadline" as the coalition page gets it. */
	private String pageHeadline(String id) {
		JsonNode headline = LocalStack.json(
				stack.get(stack.url("COALITION", "/api/coalitions/" + id + "/reporting"), null).body())
			.path("headline");
		return headline.path("cycle").asString() + " " + headline.path("state").asString() + " "
				+ headline.path("deadline").asString();
	}

	/** The same as the dashboard gets it; blanks until the reporting status has arrived. */
	private String dashboardHeadline(String id, String token) {
		JsonNode coalition = LocalStack.json(
				stack.get(stack.url("NOTIFICATION", "/api/activity/coalitions/" + id), token).body());
		return coalition.path("reportingCycle").asString() + " " + coalition.path("reportingStatus").asString() + " "
				+ coalition.path("reportingDeadline").asString();
	}
}
