package org.coalitions.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * A command accepted by the API until it is visible in the recipient's feed: one member starts threads in an
 * ACTIVE demo coalition at a fixed rate (open loop: each send is scheduled in advance and latency counts from the
 * scheduled time, so a slow stack cannot slow the load down and hide its own delay, "coordinated omission"),
 * another member's feed is polled by {@link FeedPoller}.
 */
final class EndToEndBenchmark {

	/** The issue's target is at 100/s; 300/s shows where it saturates (1,000/s was past it on two cores). */
	static final List<Integer> RATES = List.of(100, 300);

	static final int SENDERS = 200;

	static final Duration AFTER = Duration.ofSeconds(15);

	/**
	 * One rate. Latencies from the scheduled send: to the API's answer, to the event on the topic, and to the
	 * entry in the feed; and from the topic to the feed.
	 */
	record Result(int offeredPerSecond, double seconds, int scheduled, int accepted, int failed,
			double achievedPerSecond, Latencies accept, Latencies toKafka, Latencies kafkaToFeed, Latencies endToEnd,
			int notSeen, int notInFeedAtTheEnd, double meanFeedPollMs) {
	}

	record Setup(String coalitionId, String coalitionName, String poster, String recipient) {
	}

	public static void main(String[] args) throws Exception {
		Stack stack = Stack.fromEnvironment();
		Http http = new Http();
		Setup setup = setup(stack, http);
		System.out.println("bench: end-to-end in " + setup);
		int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_E2E_SECONDS", "20"));
		run(stack, http, setup, 50, 5, "warm-up");
		List<Result> results = new ArrayList<>();
		for (int rate : RATES) {
			results.add(run(stack, http, setup, rate, seconds, "e2e"));
		}
		Json.write(stack.results().resolve("e2e.json"), new Report(setup, results));
	}

	record Report(Setup setup, List<Result> rates) {
	}

	static Result run(Stack stack, Http http, Setup setup, int rate, int seconds, String label) throws Exception {
		String tag = "bench-" + label + "-" + rate + "-" + System.currentTimeMillis();
		int count = rate * seconds;
		String posterToken = http.token(stack, setup.poster());
		AtomicReference<String> recipientToken = new AtomicReference<>(http.token(stack, setup.recipient()));
		String threads = stack.url("COALITION", "/api/coalitions/" + setup.coalitionId() + "/threads");
		Sightings inFeed = new Sightings(tag, count);
		Sightings inKafka = new Sightings(tag, count);
		FeedPoller poller = new FeedPoller(stack, recipientToken::get, inFeed, java.time.Instant.now());
		TopicWatcher watcher = new TopicWatcher(stack, inKafka);
		List<Thread> watching = List.of(new Thread(poller, "feed-poller"), new Thread(watcher, "topic-watcher"));
		watching.forEach(Thread::start);
		AtomicLongArray acceptedAt = new AtomicLongArray(count);
		AtomicLongArray failedAt = new AtomicLongArray(count);
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		System.out.printf("bench: %s at %d/s for %ds (%d threads started)%n", label, rate, seconds, count);
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		for (int i = 0; i < count; i++) {
			long scheduled = start + i * interval;
			LockSupport.parkNanos(scheduled - System.nanoTime());
			int seq = i;
			senders.execute(() -> {
				String body = "{\"title\":\"" + tag + " #" + seq + "\",\"body\":\"Benchmark thread " + seq + ".\"}";
				try {
					int status = http.send(Http.json(threads, posterToken, body).build()).statusCode();
					(status == 201 ? acceptedAt : failedAt).set(seq, System.nanoTime());
				}
				catch (RuntimeException ex) {
					failedAt.set(seq, System.nanoTime());
				}
			});
		}
		senders.shutdown();
		senders.awaitTermination(5, TimeUnit.MINUTES);
		long lastAccepted = 0;
		for (int i = 0; i < count; i++) {
			lastAccepted = Math.max(lastAccepted, acceptedAt.get(i));
		}
		long deadline = System.nanoTime() + AFTER.toNanos();
		while (!inFeed.all() && System.nanoTime() < deadline) {
			ClosedLoad.sleep(Duration.ofMillis(100));
		}
		poller.stop();
		watcher.stop();
		for (Thread thread : watching) {
			thread.join();
		}
		if (!"e2e".equals(label)) {
			return null;
		}
		Histogram accept = Latencies.histogram();
		Histogram toKafka = Latencies.histogram();
		Histogram kafkaToFeed = Latencies.histogram();
		Histogram endToEnd = Latencies.histogram();
		int accepted = 0;
		int failed = 0;
		int notSeen = 0;
		for (int i = 0; i < count; i++) {
			long scheduled = start + i * interval;
			if (acceptedAt.get(i) != 0) {
				accepted++;
				record(accept, scheduled, acceptedAt.get(i));
				long onTopic = inKafka.seenAt(i);
				long seen = inFeed.seenAt(i);
				record(toKafka, scheduled, onTopic);
				if (onTopic != 0) {
					record(kafkaToFeed, onTopic, seen);
				}
				if (seen == 0) {
					notSeen++;
				}
				else {
					record(endToEnd, scheduled, seen);
				}
			}
			else {
				failed++;
			}
		}
		int notInFeedAtTheEnd = notSeen == 0 ? 0 : notInFeed(stack, http, recipientToken.get(), tag, count, acceptedAt);
		double achieved = accepted / Math.max(seconds, (lastAccepted - start) / 1e9);
		Result result = new Result(rate, seconds, count, accepted, failed, achieved, Latencies.of(accept),
				Latencies.of(toKafka), Latencies.of(kafkaToFeed), Latencies.of(endToEnd), notSeen, notInFeedAtTheEnd,
				poller.meanPollMillis());
		System.out.printf("bench:   achieved %.0f/s, feed p50 %.0f ms, p99 %.0f ms, max %.0f ms; %d failed, %d not seen"
				+ " (%d of them not in the feed at all; to Kafka p50 %.0f ms, Kafka to feed p50 %.0f ms)%n", achieved,
				result.endToEnd().p50(), result.endToEnd().p99(), result.endToEnd().max(), failed, notSeen,
				notInFeedAtTheEnd, result.toKafka().p50(),
				result.kafkaToFeed().p50());
		return result;
	}

	/**
	 * Whose fault an unseen command is: the whole feed read once more, every page, after the wait. Those in it now
	 * came late (or the reader missed them); those still missing never reached the feed.
	 */
	static int notInFeed(Stack stack, Http http, String token, String tag, int count, AtomicLongArray acceptedAt) {
		Sightings all = new Sightings(tag, count);
		for (int page = 0; page < 10_000; page++) {
			byte[] body = http.send(Http.request(stack.url("NOTIFICATION", "/api/feed?size=100&page=" + page), token)
				.GET()
				.build()).body();
			JsonNode items = Json.parse(new String(body, StandardCharsets.UTF_8)).path("items");
			items.forEach(item -> all.note(item.path("title").asString(""), 1));
			if (items.size() < 100) {
				break;
			}
		}
		int missing = 0;
		for (int i = 0; i < count; i++) {
			if (acceptedAt.get(i) != 0 && all.seenAt(i) == 0) {
				missing++;
			}
		}
		return missing;
	}

	/** The time from one instant to a later one, if that came at all. */
	static void record(Histogram histogram, long from, long to) {
		if (to != 0) {
			histogram.recordValue(Math.max(1, (to - from) / 1000));
		}
	}

	/** An ACTIVE demo coalition, its proposer as the poster and one of its members as the recipient. */
	static Setup setup(Stack stack, Http http) {
		byte[] body = http
			.send(Http.request(stack.url("COALITION", "/api/coalitions?status=ACTIVE&size=100"), null).GET().build())
			.body();
		JsonNode active = Json.parse(new String(body, StandardCharsets.UTF_8)).path("items");
		JsonNode demo = Json.read(stack.repo().resolve("infra/demo/coalitions.json")).path("coalitions");
		for (JsonNode coalition : active) {
			for (JsonNode planned : demo) {
				if (planned.path("name").asString().equals(coalition.path("name").asString())
						&& planned.path("members").size() > 0) {
					return new Setup(coalition.path("id").asString(), coalition.path("name").asString(),
							planned.path("proposer").asString(), planned.path("members").get(0).asString());
				}
			}
		}
		throw new IllegalStateException("no ACTIVE demo coalition with members: " + active);
	}
}
