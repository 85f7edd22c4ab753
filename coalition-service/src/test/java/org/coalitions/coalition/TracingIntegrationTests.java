package org.coalitions.coalition;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.platform.observability.TraceParent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's trace goes on across Kafka: the trace the request came with (as the web app's proxy sends it) is kept
 * with the events in the outbox, sent in their records' {@code traceparent} header, and continued by the service's
 * own consumers, whose log lines carry its trace id. ({@code TracingSystemTests} follows one through the whole
 * stack.)
 */
@ApiIntegrationTest("coalition-service")
@ExtendWith(OutputCaptureExtension.class)
class TracingIntegrationTests {

	ApiClient api;

	@Test
	void theEventsOfACommandCarryItsTraceToTheConsumers(CapturedOutput output) {
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		ApiResponse proposed = api.post("/api/coalitions", TestTokens.of("tracy", "Tracy"), """
				{"name": "Traced", "theme": "SPAM", "summary": "Followed.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.", "contactPersons": ["A Contact"]}}""",
				TraceParent.HEADER, "00-" + traceId + "-b7ad6b7169203331-01");
		proposed.assertStatus(201);
		String id = proposed.headers().firstValue("Location").orElseThrow().replace("/api/coalitions/", "");

		try (EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS)) {
			List<ConsumerRecord<String, byte[]>> events = probe.await(record -> id.equals(record.key()), 1,
					Duration.ofSeconds(30));
			assertThat(events).isNotEmpty()
				.allSatisfy(record -> assertThat(EventProbe.header(record, TraceParent.HEADER))
					.as("the request's trace, under the service's span").matches("00-" + traceId + "-[0-9a-f]{16}-01"));
		}
		Ports.await("a consumer's line of the trace", Duration.ofSeconds(30), () -> output.getOut()
			.lines()
			.anyMatch(line -> line.contains(traceId) && line.contains("Handled") && line.contains("coalition.events")));
		assertThat(output.getOut().lines().filter(line -> line.contains(traceId)))
			.as("no person in the trace's lines").noneMatch(line -> line.contains("Tracy"));
	}
}
