package org.coalitions.platform.observability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read from the store or the broker at most once per {@code maxAge}, in the background: a gauge asks for
 * it on every scrape and gets the last value read at once (null before the first read completes), while a stale
 * value starts one new read. So a scrape never waits for the store or the broker, and an unreachable one costs a
 * bounded read every {@code maxAge}, not one per scrape.
 * @param <T> the value
 */
public final class RecentValue<T> {

	private static final Logger log = LoggerFactory.getLogger(RecentValue.class);

	private final String name;

	private final Supplier<T> source;

	private final long maxAgeNanos;

	private final AtomicBoolean reading = new AtomicBoolean();

	private volatile T value;

	private volatile long readAt;

	private volatile boolean everRead;

	/**
	 * @param name names the reading thread and the log line of a failed read
	 * @param source the read; after a failed one the value is null (unknown) until a read succeeds
	 */
	public RecentValue(String name, Duration maxAge, Supplier<T> source) {
		this.name = name;
		this.source = source;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/** @return the last value read, or null before the first read completed or after a failed one */
	public T get() {
		if ((!everRead || System.nanoTime() - readAt > maxAgeNanos) && reading.compareAndSet(false, true)) {
			Thread reader = new Thread(this::read, name);
			reader.setDaemon(true);
			reader.start();
		}
		return value;
	}

	private void read() {
		try {
			value = source.get();
		}
		catch (RuntimeException ex) {
			value = null; // unknown, rather than an old figure that looks current
			log.debug("Could not read {}: {}", name, ex.toString());
		}
		finally {
			readAt = System.nanoTime();
			everRead = true;
			reading.set(false);
		}
	}
}
