package org.coalitions.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * Reads a recipient's feed ({@code GET /api/feed}) again and again and notes in {@link Sightings}, for each
 * numbered title of one run, when it first appeared: the time the answer that first showed it arrived (an upper bound, off by at most one
 * poll). When a whole page is new, the next page is read too, so a burst is not missed. While a title is missing
 * before one already seen (its event came later than newer ones and sits further down the feed), the feed is read
 * further down, to the entries from before the run, but at most once every {@link #DEEP_EVERY}: each page costs the
 * feed as much as the first, and a reader going deep on every poll slowed the very pipeline it measures.
 */
final class FeedPoller implements Runnable {

	private static final int PAGE_SIZE = 100;

	private static final int MAX_PAGES = 30;

	static final java.time.Duration DEEP_EVERY = java.time.Duration.ofSeconds(1);

	private long lastDeep = System.nanoTime();

	private final Http http = new Http();

	private final String feedUrl;

	private final Supplier<String> token;

	private final Sightings sightings;

	private final AtomicBoolean stop = new AtomicBoolean();

	private final AtomicLong polls = new AtomicLong();

	private final AtomicLong pollNanos = new AtomicLong();

	private final Instant runStart;

	FeedPoller(Stack stack, Supplier<String> token, Sightings sightings, Instant runStart) {
		this.runStart = runStart;
		this.feedUrl = stack.url("NOTIFICATION", "/api/feed?size=" + PAGE_SIZE + "&page=");
		this.token = token;
		this.sightings = sightings;
	}

	@Override
	public void run() {
		while (!stop.get()) {
			long start = System.nanoTime();
			try {
				boolean deep = sightings.hasGap() && System.nanoTime() - lastDeep >= DEEP_EVERY.toNanos();
				if (deep) {
					lastDeep = System.nanoTime();
				}
				for (int page = 0; page < MAX_PAGES && readPage(page, deep); page++) {
					// a page of nothing but new entries: the older ones may be new as well
				}
			}
			catch (RuntimeException ex) {
				System.out.println("bench: feed poll failed: " + ex.getMessage());
				ClosedLoad.sleep(java.time.Duration.ofMillis(200));
			}
			polls.incrementAndGet();
			pollNanos.addAndGet(System.nanoTime() - start);
			ClosedLoad.sleep(java.time.Duration.ofMillis(5));
		}
	}

	/** @return whether the next page is worth reading */
	private boolean readPage(int page, boolean deep) {
		byte[] body = http.send(Http.request(feedUrl + page, token.get()).GET().build()).body();
		long now = System.nanoTime();
		JsonNode items = Json.parse(new String(body, StandardCharsets.UTF_8)).path("items");
		int fresh = 0;
		for (JsonNode item : items) {
			fresh += sightings.note(item.path("title").asString(""), now);
		}
		if (items.size() < PAGE_SIZE) {
			return false;
		}
		Instant oldest = Instant.parse(items.get(items.size() - 1).path("occurredAt").asString());
		return fresh == PAGE_SIZE || (deep && sightings.hasGap() && !oldest.isBefore(runStart));
	}

	double meanPollMillis() {
		long n = polls.get();
		return n == 0 ? 0 : pollNanos.get() / 1e6 / n;
	}

	void stop() {
		stop.set(true);
	}
}
