package org.coalitions.platform.time;

import java.time.Instant;
import java.util.Optional;

/**
 * When the work on this thread says its cause happened: the instant a command's {@link #HEADER} names, or the time
 * of the event a consumer is handling. {@link HistoryClock} makes it "now" when history import is on; otherwise it
 * is only noted and changes nothing.
 */
public final class OccurredAt {

	/** The request header of a command that happened in the past: an ISO-8601 instant, e.g. 2009-11-15T09:00:00Z. */
	public static final String HEADER = "Coalitions-Occurred-At";

	private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

	private OccurredAt() {
	}

	/** The instant of the work on this thread, if it has one. */
	public static Optional<Instant> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * Notes {@code at} for the work on this thread until the scope is closed, which restores what was there before
	 * (work inside other work, such as a consumer's handler calling another, ends as it started).
	 */
	public static Scope at(Instant at) {
		Instant before = CURRENT.get();
		CURRENT.set(at);
		return () -> {
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		};
	}

	/** The extent of an {@link #at} on this thread; closing it throws nothing. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();
	}
}
