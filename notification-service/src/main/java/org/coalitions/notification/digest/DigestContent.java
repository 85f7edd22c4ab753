package org.coalitions.notification.digest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.notification.feed.FeedProjection;

/**
 * What one digest says, grouped by coalition and, within each, by kind in order of importance: pending join
 * requests, new members, outcomes, meetings, threads, then life-cycle and balance changes. Coalitions with
 * pending join requests come first, the others by name.
 */
record DigestContent(List<CoalitionSection> coalitions, int updates) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

	private static final Map<Category, String> HEADINGS = new EnumMap<>(Map.of(Category.JOIN_REQUESTS,
			"Join requests awaiting your decision", Category.NEW_MEMBERS, "New members", Category.OUTCOMES,
			"Outcomes", Category.MEETINGS, "Meetings", Category.THREADS, "Discussions", Category.CHANGES,
			"Life cycle and balance"));

	/** One coalition's part of the digest. */
	record CoalitionSection(String name, String link, List<KindSection> kinds, boolean hasPendingRequests) {
	}

	/** The items of one kind. */
	record KindSection(String heading, List<Item> items) {
	}

	record Item(String title, String link, String when) {
	}

	boolean isEmpty() {
		return updates == 0;
	}

	/**
	 * @param happened the entries of the period the person may see
	 * @param pending the join requests still awaiting the person's decision, whenever they came
	 * @param names coalition names by id
	 * @param link makes an absolute web link of a path
	 */
	static DigestContent of(List<FeedEntry> happened, List<FeedEntry> pending, Map<String, String> names,
			ZoneId zone, Function<String, String> link) {
		Map<String, Map<Category, List<FeedEntry>>> byCoalition = new LinkedHashMap<>();
		int updates = 0;
		for (FeedEntry entry : happened) {
			if (entry.category() == Category.JOIN_REQUESTS) {
				continue; // shown below while pending; a decided request shows as its decision
			}
			byCoalition.computeIfAbsent(entry.coalitionId(), id -> new EnumMap<>(Category.class))
				.computeIfAbsent(entry.category(), category -> new ArrayList<>())
				.add(entry);
			updates++;
		}
		Set<String> happenedIds = happened.stream().map(FeedEntry::id).collect(Collectors.toSet());
		for (FeedEntry request : pending) {
			if (happenedIds.contains(request.id())) {
				updates++;
			}
			byCoalition.computeIfAbsent(request.coalitionId(), id -> new EnumMap<>(Category.class))
				.computeIfAbsent(Category.JOIN_REQUESTS, category -> new ArrayList<>())
				.add(request);
		}
		if (updates == 0) {
			return new DigestContent(List.of(), 0);
		}
		List<CoalitionSection> sections = new ArrayList<>();
		byCoalition.forEach((coalitionId, kinds) -> {
			List<KindSection> kindSections = new ArrayList<>();
			kinds.forEach((category, entries) -> kindSections.add(new KindSection(HEADINGS.get(category),
					entries.stream()
						.map(entry -> new Item(entry.title(), link.apply(entry.link()),
								WHEN.format(entry.occurredAt().atZone(zone))))
						.toList())));
			sections.add(new CoalitionSection(names.getOrDefault(coalitionId, "A coalition"),
					link.apply(FeedProjection.link(coalitionId)), kindSections, kinds.containsKey(Category.JOIN_REQUESTS)));
		});
		sections.sort(Comparator.comparing((CoalitionSection section) -> !section.hasPendingRequests())
			.thenComparing(CoalitionSection::name, String.CASE_INSENSITIVE_ORDER));
		return new DigestContent(List.copyOf(sections), updates);
	}
}
