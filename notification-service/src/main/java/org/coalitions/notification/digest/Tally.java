package org.coalitions.notification.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.coalitions.notification.feed.FeedEntry;

/**
 * How many entries of one kind there were, and the latest few of them: all a digest shows of a kind ("and N
 * more" stands for the rest), so it takes the same memory for ten entries as for a million.
 */
final class Tally {

	/** Entries shown per kind and coalition; a digest listing hundreds of one coalition's updates is not read. */
	static final int SHOWN = 5;

	/** Oldest first; an entry's id breaks ties, as the feed's own order does. */
	static final Comparator<FeedEntry> CHRONOLOGICAL = Comparator.comparing(FeedEntry::occurredAt)
		.thenComparing(FeedEntry::id);

	private int count;

	/** The latest {@link #SHOWN}, the oldest of them at the head. */
	private final PriorityQueue<FeedEntry> latest = new PriorityQueue<>(SHOWN + 1, CHRONOLOGICAL);

	void add(FeedEntry entry) {
		count++;
		keep(entry);
	}

	void addAll(Tally other) {
		count += other.count;
		other.latest.forEach(this::keep);
	}

	int count() {
		return count;
	}

	/** The latest few, oldest first. */
	List<FeedEntry> shown() {
		List<FeedEntry> shown = new ArrayList<>(latest);
		shown.sort(CHRONOLOGICAL);
		return shown;
	}

	/** How many are not shown. */
	int more() {
		return count - latest.size();
	}

	private void keep(FeedEntry entry) {
		if (latest.size() < SHOWN) {
			latest.add(entry);
		}
		else if (CHRONOLOGICAL.compare(entry, latest.peek()) > 0) {
			latest.poll();
			latest.add(entry);
		}
	}
}
