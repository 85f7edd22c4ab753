package org.coalitions.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code concurrency} platform threads, each sending its next request as soon as the last one
 * answered, first for a warm-up (not recorded), then for the measured duration. Every latency is recorded, per
 * kind of request.
 */
final class ClosedLoad {

	/** One request of one worker. */
	interface Call {

		Outcome call() throws Exception;
	}

	/** What a request was (workers may alternate kinds, e.g. join and leave) and its HTTP status. */
	record Outcome(String kind, int status) {
	}

	/** What a run measured; {@code throughput} is answered requests per second, errors included. */
	record Result(String name, int concurrency, double seconds, long requests, long errors,
			Map<Integer, Long> errorStatuses, double throughput, Latencies latencies) {
	}

	private ClosedLoad() {
	}

	/** @param workers makes the call of worker {@code i} (each may use its own user, for example) */
	static List<Result> run(String name, int concurrency, Duration warmUp, Duration measured,
			IntFunction<Call> workers) {
		System.out.printf("bench: %s, %d concurrent, %ds warm-up + %ds%n", name, concurrency, warmUp.toSeconds(),
				measured.toSeconds());
		AtomicBoolean recording = new AtomicBoolean(false);
		AtomicBoolean stop = new AtomicBoolean(false);
		Map<String, Histogram> histograms = new ConcurrentHashMap<>();
		Map<String, Map<Integer, Long>> errors = new ConcurrentHashMap<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			Call call = workers.apply(i);
			Thread thread = new Thread(() -> {
				while (!stop.get()) {
					long start = System.nanoTime();
					Outcome outcome;
					try {
						outcome = call.call();
					}
					catch (Exception ex) {
						outcome = new Outcome(name, 599);
					}
					if (recording.get()) {
						long micros = Math.max(1, (System.nanoTime() - start) / 1000);
						Histogram histogram = histograms.computeIfAbsent(outcome.kind(),
								kind -> new ConcurrentHistogram(Latencies.histogram()));
						histogram.recordValue(micros);
						Map<Integer, Long> failed = errors.computeIfAbsent(outcome.kind(), kind -> new ConcurrentHashMap<>());
						if (outcome.status() >= 400) {
							failed.merge(outcome.status(), 1L, Long::sum);
						}
					}
				}
			}, name + "-" + i);
			threads.add(thread);
			thread.start();
		}
		sleep(warmUp);
		recording.set(true);
		long start = System.nanoTime();
		sleep(measured);
		recording.set(false);
		double seconds = (System.nanoTime() - start) / 1e9;
		stop.set(true);
		threads.forEach(ClosedLoad::join);
		List<Result> results = new ArrayList<>();
		histograms.forEach((kind, histogram) -> {
			Map<Integer, Long> statuses = new TreeMap<>(errors.get(kind));
			long failed = statuses.values().stream().mapToLong(Long::longValue).sum();
			Result result = new Result(kind, concurrency, seconds, histogram.getTotalCount(), failed, statuses,
					histogram.getTotalCount() / seconds, Latencies.of(histogram));
			System.out.printf("bench:   %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors %s%n", kind,
					result.throughput(), result.latencies().p50(), result.latencies().p99(), result.errors(), statuses);
			results.add(result);
		});
		return results;
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join(60_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
