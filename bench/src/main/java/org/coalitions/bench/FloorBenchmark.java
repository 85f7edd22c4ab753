package org.coalitions.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * The latency floor: one command a second (a thread started) until it is visible in another member's feed, read
 * as an open-loop client would: a feed read is sent every {@code BENCH_FLOOR_READ_MS} whether or not the last one
 * was answered, and an entry counts as visible when the first answer showing it arrives. Where the time goes is
 * read from the services' own timers ({@code /actuator/prometheus}, scraped before and after): the command's
 * handling, the outbox relay's wake-up, the producer's send until the broker's acknowledgement, the way from the
 * broker to the feed group's listener (fetch wait, poll assembly), the feed group's store write, and the read.
 */
final class FloorBenchmark {

	static final String FEED_GROUP = "notification-service-feed";

	/** A stage's mean; null when nothing was timed (a timer the service does not have). */
	record Stage(String stage, String measuredBy, Double meanMs, long count) {

		Stage(String stage, String measuredBy, double meanMs, long count) {
			this(stage, measuredBy, Double.isNaN(meanMs) ? null : Double.valueOf(meanMs), count);
		}
	}

	record Result(int commands, int accepted, int notSeen, double readIntervalMs, double readsPerSecond,
			Latencies answer, Latencies toKafka, Latencies endToEnd, Latencies read, List<Stage> stages,
			double stagesSumMs) {
	}

	public static void main(String[] args) throws Exception {
		Stack stack = Stack.fromEnvironment();
		Http http = new Http();
		EndToEndBenchmark.Setup setup = EndToEndBenchmark.setup(stack, http);
		int commands = Integer.parseInt(System.getenv().getOrDefault("BENCH_FLOOR_COMMANDS", "120"));
		long readMs = Long.parseLong(System.getenv().getOrDefault("BENCH_FLOOR_READ_MS", "25"));
		System.out.println("bench: latency floor in " + setup + ", " + commands + " commands at 1/s, a feed read every "
				+ readMs + " ms");
		run(stack, http, setup, 10, 5, readMs); // warm-up: the code paths compiled, connections open
		Result result = run(stack, http, setup, commands, 1, readMs);
		Json.write(stack.results().resolve("floor.json"), result);
	}

	static Result run(Stack stack, Http http, EndToEndBenchmark.Setup setup, int count, int perSecond, long readMs)
			throws Exception {
		String tag = "bench-floor-" + perSecond + "-" + System.currentTimeMillis();
		String posterToken = http.token(stack, setup.poster());
		String recipientToken = http.token(stack, setup.recipient());
		String threads = stack.url("COALITION", "/api/coalitions/" + setup.coalitionId() + "/threads");
		String feed = stack.url("NOTIFICATION", "/api/feed?size=20");
		Sightings inFeed = new Sightings(tag, count);
		Sightings inKafka = new Sightings(tag, count);
		TopicWatcher watcher = new TopicWatcher(stack, inKafka);
		Thread watching = new Thread(watcher, "topic-watcher");
		watching.start();
		Histogram reads = Latencies.histogram();
		AtomicLong readCount = new AtomicLong();
		HttpClient readClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest read = Http.request(feed, recipientToken).GET().build();
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		// open loop: each read is sent on schedule, without waiting for earlier ones (a connection of its own if need be)
		clock.scheduleAtFixedRate(() -> {
			long sent = System.nanoTime();
			readClient.sendAsync(read, HttpResponse.BodyHandlers.ofByteArray()).thenAccept(response -> {
				long answered = System.nanoTime();
				synchronized (reads) {
					reads.recordValue(Math.max(1, (answered - sent) / 1000));
				}
				readCount.incrementAndGet();
				for (JsonNode item : Json.parse(new String(response.body(), StandardCharsets.UTF_8)).path("items")) {
					inFeed.note(item.path("title").asString(""), answered);
				}
			});
		}, 0, readMs, TimeUnit.MILLISECONDS);
		ClosedLoad.sleep(Duration.ofSeconds(1));
		Prometheus coalitionBefore = Prometheus.scrape(stack, "COALITION");
		Prometheus notificationBefore = Prometheus.scrape(stack, "NOTIFICATION");
		AtomicLongArray acceptedAt = new AtomicLongArray(count);
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		for (int i = 0; i < count; i++) {
			LockSupport.parkNanos(start + i * interval - System.nanoTime());
			String body = "{\"title\":\"" + tag + " #" + i + "\",\"body\":\"Floor thread " + i + ".\"}";
			try {
				if (http.send(Http.json(threads, posterToken, body).build()).statusCode() == 201) {
					acceptedAt.set(i, System.nanoTime());
				}
			}
			catch (RuntimeException ex) {
				System.out.println("bench: command failed: " + ex.getMessage());
			}
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!inFeed.all() && System.nanoTime() < deadline) {
			ClosedLoad.sleep(Duration.ofMillis(50));
		}
		Prometheus coalitionAfter = Prometheus.scrape(stack, "COALITION");
		Prometheus notificationAfter = Prometheus.scrape(stack, "NOTIFICATION");
		double readSeconds = (System.nanoTime() - start) / 1e9;
		clock.shutdownNow();
		watcher.stop();
		watching.join();

		Histogram answer = Latencies.histogram();
		Histogram toKafka = Latencies.histogram();
		Histogram endToEnd = Latencies.histogram();
		int accepted = 0;
		int notSeen = 0;
		for (int i = 0; i < count; i++) {
			long scheduled = start + i * interval;
			if (acceptedAt.get(i) == 0) {
				continue;
			}
			accepted++;
			EndToEndBenchmark.record(answer, scheduled, acceptedAt.get(i));
			EndToEndBenchmark.record(toKafka, scheduled, inKafka.seenAt(i));
			if (inFeed.seenAt(i) == 0) {
				notSeen++;
			}
			EndToEndBenchmark.record(endToEnd, scheduled, inFeed.seenAt(i));
		}
		Latencies readLatencies;
		synchronized (reads) {
			readLatencies = Latencies.of(reads);
		}
		List<Stage> stages = stages(coalitionBefore, coalitionAfter, notificationBefore, notificationAfter,
				readLatencies, readMs);
		double sum = stages.stream().map(Stage::meanMs).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sum();
		Result result = new Result(count, accepted, notSeen, readMs, readCount.get() / readSeconds,
				Latencies.of(answer), Latencies.of(toKafka), Latencies.of(endToEnd), readLatencies, stages, sum);
		System.out.printf("bench:   %d/s: in the feed p50 %.1f ms, p99 %.1f ms, max %.1f ms (mean %.1f); answer p50 %.1f;"
				+ " %d not seen; stages %s%n", perSecond, result.endToEnd().p50(), result.endToEnd().p99(),
				result.endToEnd().max(), result.endToEnd().mean(), result.answer().p50(), notSeen, stages);
		return result;
	}

	/**
	 * Where the time goes, as means over the run (ms): what the services' timers and the reader measured. The
	 * producer's timestamp is taken when the relay hands the event over, so the broker-to-listener share is the
	 * delivery timer less the send.
	 */
	static List<Stage> stages(Prometheus coalitionBefore, Prometheus coalitionAfter, Prometheus notificationBefore,
			Prometheus notificationAfter, Latencies read, long readMs) {
		Prometheus.Mean request = coalitionAfter.meanSince(coalitionBefore, "http_server_requests", "method=\"POST\"",
				"uri=\"/api/coalitions/{coalitionId}/threads\"");
		Prometheus.Mean relayWait = coalitionAfter.meanSince(coalitionBefore, "coalitions_outbox_relay_wait");
		Prometheus.Mean send = coalitionAfter.meanSince(coalitionBefore, "coalitions_outbox_send");
		Prometheus.Mean delivery = notificationAfter.meanSince(notificationBefore, "coalitions_consumer_delivery",
				"group=\"" + FEED_GROUP + "\"");
		Prometheus.Mean apply = notificationAfter.meanSince(notificationBefore, "coalitions_consumer_apply",
				"group=\"" + FEED_GROUP + "\"");
		List<Stage> stages = new ArrayList<>();
		stages.add(new Stage("the command handled until its event is recorded (the request less the two below)",
				"coalition-service http.server.requests less the two below", request.ms() - relayWait.ms() - send.ms(),
				request.count()));
		stages.add(new Stage("the save, the outbox relay's wake-up and its read of the saved document",
				"coalitions.outbox.relay.wait", relayWait.ms(), relayWait.count()));
		stages.add(new Stage("producer linger, broker append and acknowledgement", "coalitions.outbox.send", send.ms(),
				send.count()));
		stages.add(new Stage("broker to the feed group's listener (fetch wait, poll and batch assembly)",
				"coalitions.consumer.delivery less the send", delivery.ms() - send.ms(), delivery.count()));
		stages.add(new Stage("feed group's work: decoding and the store write", "coalitions.consumer.apply", apply.ms(),
				apply.count()));
		stages.add(new Stage("the read: waiting for the next scheduled read (half the interval)", "the reader's schedule",
				readMs / 2.0, 0));
		stages.add(new Stage("the read: GET /api/feed answered", "the reader", read.mean(), read.count()));
		return stages;
	}
}
