package org.coalitions.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One command made through the web app is one trace: the web app's line for the request, and the lines of
 * coalition-service and notification-service handling its events from Kafka, share its trace id (the proxy passes
 * it on in {@code traceparent}, the outbox keeps it with the event, the relay puts it in the record's headers, each
 * consumer continues it). And none of those lines names the person who made it.
 */
@ExtendWith(SharedLocalStack.class)
class TracingSystemTests {

	/** The W3C trace id in a log line (Boot's correlation pattern puts it first in {@code [traceId-spanId]}). */
	private static final Pattern TRACE_ID = Pattern.compile("\\[([0-9a-f]{32})-[0-9a-f]{16}\\]");

	final LocalStack stack;

	TracingSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void aCommandThroughTheWebAppSharesOneTraceIdAcrossTheWebAppAndTheServicesLogs() {
		String token = stack.token("gita");
		HttpResponse<String> me = stack.get(stack.url("WEB", "/api/me"), token);
		assertThat(me.statusCode()).isEqualTo(200);
		String email = LocalStack.JSON.readTree(me.body()).path("email").asString();
		int webLinesBefore = lines("web").size();

		String name = "Traced coalition " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> proposed = stack.post(stack.url("WEB", "/api/coalitions"), token, """
				{"name": "%s", "theme": "SPAM", "summary": "Following one command.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["A Contact"]}}"""
			.formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);

		List<String> web = lines("web");
		String request = web.subList(webLinesBefore, web.size())
			.stream()
			.filter(line -> line.contains("POST to coalition-service answered 201"))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no line of the web app for the proposal in " + web.size() + " lines"));
		Matcher traceId = TRACE_ID.matcher(request);
		assertThat(traceId.find()).as("a trace id in %s", request).isTrue();
		String trace = traceId.group(1);

		List<String> coalitionService = awaitLines("coalition-service", trace);
		List<String> notificationService = awaitLines("notification-service", trace);
		assertThat(coalitionService).as("coalition-service's consumers of the proposal's events")
			.anyMatch(line -> line.contains("coalition.events"));
		assertThat(notificationService).as("notification-service's consumers of the proposal's events")
			.anyMatch(line -> line.contains("coalition.events"));

		System.out.println("One command, one trace (" + trace + "):");
		java.util.stream.Stream.of(List.of(request), coalitionService, notificationService)
			.flatMap(List::stream)
			.forEach(System.out::println);
		java.util.stream.Stream.of(List.of(request), coalitionService, notificationService)
			.flatMap(List::stream)
			.forEach(line -> assertThat(line).as("no address in the log").doesNotContain(email));
	}

	/** Waits until the component's log has lines of the trace (a consumer handles the event a moment later). */
	private List<String> awaitLines(String component, String trace) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		List<String> found = List.of();
		while (found.isEmpty() && Instant.now().isBefore(deadline)) {
			found = lines(component).stream().filter(line -> line.contains(trace)).toList();
			if (found.isEmpty()) {
				BrowserSystemTests.sleep(500);
			}
		}
		assertThat(found).as("lines of trace %s in %s's log", trace, component).isNotEmpty();
		return found;
	}

	private List<String> lines(String component) {
		Path log = stack.logOf(component);
		try {
			return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
