package org.coalitions.notification.digest;

import java.util.EnumMap;
import java.util.Map;

import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedEntry.Category;

/** One coalition's tallies by kind, in the order of importance of {@link Category}. */
final class Tallies {

	private final Map<Category, Tally> byCategory = new EnumMap<>(Category.class);

	void add(FeedEntry entry) {
		byCategory.computeIfAbsent(entry.category(), category -> new Tally()).add(entry);
	}

	void addAll(Tallies other) {
		other.byCategory.forEach((category, tally) -> byCategory.computeIfAbsent(category, c -> new Tally()).addAll(tally));
	}

	Map<Category, Tally> byCategory() {
		return byCategory;
	}

	int count() {
		return byCategory.values().stream().mapToInt(Tally::count).sum();
	}
}
