package org.coalitions.contracts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the events a command produced landed: {@code topic:partition:offset}, comma-separated, in the
 * {@link #HEADER} of the command's response. Given back in the same header of a later request, it asks the service
 * to answer only once it has applied those records. Merging keeps the highest offset per topic-partition, so a
 * token stays as long as the number of partitions, however many commands it sums up.
 */
public record ConsistencyToken(List<Position> positions) {

	/** The response header of a command, and the request header that asks to read after it. */
	public static final String HEADER = "Coalitions-Consistency";

	/** Bounds a header's length: a token names at most this many partitions. */
	public static final int MAX_POSITIONS = 256;

	private static final Pattern POSITION = Pattern.compile("([A-Za-z0-9._-]{1,249}):(\\d{1,9}):(\\d{1,18})");

	private static final Comparator<Position> ORDER = Comparator.comparing(Position::topic)
		.thenComparingInt(Position::partition);

	public ConsistencyToken {
		positions = List.copyOf(positions);
	}

	/** A record in a topic's partition. */
	public record Position(String topic, int partition, long offset) {

		@Override
		public String toString() {
			return topic + ":" + partition + ":" + offset;
		}
	}

	/** The token of these positions, the highest offset kept per topic-partition. */
	public static ConsistencyToken of(Collection<Position> positions) {
		Map<String, Position> highest = new TreeMap<>();
		for (Position position : positions) {
			highest.merge(position.topic() + ":" + position.partition(), position,
					(a, b) -> a.offset() >= b.offset() ? a : b);
		}
		return new ConsistencyToken(highest.values().stream().sorted(ORDER).toList());
	}

	/**
	 * Reads a header value; blank is the empty token.
	 * @throws IllegalArgumentException when it is not {@code topic:partition:offset[,...]}, or names more than
	 * {@link #MAX_POSITIONS} positions
	 */
	public static ConsistencyToken parse(String header) {
		if (header == null || header.isBlank()) {
			return new ConsistencyToken(List.of());
		}
		String[] parts = header.split(",", MAX_POSITIONS + 2);
		if (parts.length > MAX_POSITIONS) {
			throw new IllegalArgumentException(HEADER + " names more than " + MAX_POSITIONS + " positions.");
		}
		List<Position> positions = new java.util.ArrayList<>();
		for (String part : parts) {
			Matcher matcher = POSITION.matcher(part.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException(
						HEADER + " must be topic:partition:offset[,topic:partition:offset...], e.g. coalition.events:0:42.");
			}
			positions.add(new Position(matcher.group(1), Integer.parseInt(matcher.group(2)),
					Long.parseLong(matcher.group(3))));
		}
		return of(positions);
	}

	/** This token and another, the highest offset kept per topic-partition. */
	public ConsistencyToken merge(ConsistencyToken other) {
		List<Position> all = new java.util.ArrayList<>(positions);
		all.addAll(other.positions);
		return of(all);
	}

	public boolean isEmpty() {
		return positions.isEmpty();
	}

	/** The header value. */
	@Override
	public String toString() {
		return String.join(",", positions.stream().map(Position::toString).toList());
	}
}
