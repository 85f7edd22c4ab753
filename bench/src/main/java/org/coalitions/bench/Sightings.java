package org.coalitions.bench;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each numbered title of one run ("... tag #seq ...") was first seen somewhere (a feed, a topic), as
 * {@link System#nanoTime()}; 0 while not yet.
 */
final class Sightings {

	private final Pattern numbered;

	private final AtomicLongArray seenAt;

	Sightings(String tag, int count) {
		this.numbered = Pattern.compile(Pattern.quote(tag) + " #(\\d+)");
		this.seenAt = new AtomicLongArray(count);
	}

	/** Notes every numbered title in {@code text}; returns how many were new. */
	int note(String text, long now) {
		int fresh = 0;
		Matcher matcher = numbered.matcher(text);
		while (matcher.find()) {
			int seq = Integer.parseInt(matcher.group(1));
			if (seq < seenAt.length() && seenAt.compareAndSet(seq, 0, now)) {
				fresh++;
			}
		}
		return fresh;
	}

	/** Whether some title is not seen yet while a later-numbered one is: it may be further down the feed. */
	boolean hasGap() {
		boolean later = false;
		for (int i = seenAt.length() - 1; i >= 0; i--) {
			if (seenAt.get(i) != 0) {
				later = true;
			}
			else if (later) {
				return true;
			}
		}
		return false;
	}

	long seenAt(int seq) {
		return seenAt.get(seq);
	}

	boolean all() {
		for (int i = 0; i < seenAt.length(); i++) {
			if (seenAt.get(i) == 0) {
				return false;
			}
		}
		return true;
	}
}
