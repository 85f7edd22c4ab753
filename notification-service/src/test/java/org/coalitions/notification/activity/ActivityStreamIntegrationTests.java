package org.coalitions.notification.activity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.coalitions.infra.Ports;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live stream, read line by line as a browser's EventSource would: each newly applied event sends the
 * coalition's figures, a redelivery sends nothing, heartbeats keep it open, and a client that leaves is
 * forgotten.
 */
class ActivityStreamIntegrationTests extends ActivityApiSupport {

	@Autowired
	ActivityStreamController stream;

	@BeforeEach
	void resetClock() {
		clock.set(Instant.now());
	}

	@Test
	void aConnectedClientReceivesEachAppliedChangeOnceAndHeartbeats() throws Exception {
		try (StreamClient client = connect()) {
			assertThat(client.response.statusCode()).isEqualTo(200);
			assertThat(client.response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("text/event-stream");

			String id = UUID.randomUUID().toString();
			PendingEvent proposal = events.publish(
					new CoalitionProposed(id, "Coalition on Rural Access", "ACCESS_FOR_RURAL_COMMUNITIES", "s", "OPEN",
							"gita", "Gita"),
					"gita");
			JsonNode first = client.nextCoalitionEvent(id);
			assertThat(first.get("name").asString()).isEqualTo("Coalition on Rural Access");
			assertThat(first.get("status").asString()).isEqualTo("PROPOSED");
			assertThat(first.get("eventsLast30Days").asLong()).isEqualTo(1);

			events.publish(proposal);
			events.publish(new ThreadStarted(id, "t1", "Satellites", "gita", "Gita"), "gita");
			JsonNode second = client.nextCoalitionEvent(id);
			assertThat(second.get("eventsLast30Days").asLong())
				.as("the redelivered proposal sent nothing and counted nothing: the next update is the thread")
				.isEqualTo(2);

			assertThat(client.lines.stream().filter(line -> line.startsWith(":heartbeat")).count()
					+ client.awaitLine(line -> line.startsWith(":heartbeat"))).isPositive();
		}
	}

	@Test
	void aClientThatLeavesIsForgotten() throws Exception {
		Ports.await("no clients left over", Duration.ofSeconds(15), () -> stream.connected() == 0);
		StreamClient client = connect();
		assertThat(stream.connected()).isEqualTo(1);
		client.close();
		Ports.await("the departed client dropped", Duration.ofSeconds(15), () -> stream.connected() == 0);
	}

	private StreamClient connect() throws Exception {
		HttpRequest request = api.request("/api/activity/stream", SECRETARIAT)
			.header("Accept", "text/event-stream")
			.build();
		return new StreamClient(api.send(request, HttpResponse.BodyHandlers.ofLines()));
	}

	/** Reads the stream's lines on a thread of its own into a queue the test waits on. */
	static final class StreamClient implements AutoCloseable {

		static final JsonMapper json = JsonMapper.builder().build();

		final HttpResponse<Stream<String>> response;

		final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

		final List<String> lines = new ArrayList<>();

		final Thread reader;

		StreamClient(HttpResponse<Stream<String>> response) {
			this.response = response;
			this.reader = new Thread(() -> {
				try {
					response.body().forEach(queue::add);
				}
				catch (RuntimeException closed) {
					// the test closed the stream
				}
			}, "sse-test-reader");
			reader.setDaemon(true);
			reader.start();
		}

		/** The data of the next {@code coalition} event about this coalition, within 30 seconds. */
		JsonNode nextCoalitionEvent(String coalitionId) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			String event = null;
			while (System.nanoTime() < deadline) {
				String line = queue.poll(100, TimeUnit.MILLISECONDS);
				if (line == null) {
					continue;
				}
				lines.add(line);
				if (line.startsWith("event:")) {
					event = line.substring("event:".length()).trim();
				}
				else if (line.startsWith("data:") && "coalition".equals(event)) {
					JsonNode data = json.readTree(line.substring("data:".length()));
					if (coalitionId.equals(data.get("coalitionId").asString())) {
						return data;
					}
				}
				else if (line.isEmpty()) {
					event = null;
				}
			}
			throw new AssertionError("no coalition event for " + coalitionId + " in 30 s; lines: " + lines);
		}

		/** 1 once a line matching arrives within 5 seconds, else 0. */
		long awaitLine(java.util.function.Predicate<String> matching) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			while (System.nanoTime() < deadline) {
				String line = queue.poll(100, TimeUnit.MILLISECONDS);
				if (line != null) {
					lines.add(line);
					if (matching.test(line)) {
						return 1;
					}
				}
			}
			return 0;
		}

		@Override
		public void close() {
			response.body().close();
			reader.interrupt();
		}
	}
}
