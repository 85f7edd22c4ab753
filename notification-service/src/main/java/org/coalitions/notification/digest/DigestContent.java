package org.coalitions.notification.digest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.notification.feed.FeedProjection;
import org.coalitions.notification.texts.Dates;
import org.coalitions.contracts.Language;
import org.coalitions.platform.texts.Texts;

/**
 * What one digest says, grouped by coalition and, within each, by kind in order of importance: pending join
 * requests, new members, outcomes, meetings, threads, then life-cycle and balance changes. Coalitions with
 * pending join requests come first, the others by name. Each kind lists its latest {@link Tally#SHOWN}
 * entries, oldest first, and says how many more there were; {@code updates} counts them all.
 */
record DigestContent(List<CoalitionSection> coalitions, int updates) {

	/** One coalition's part of the digest, in the reader's language. */
	record CoalitionSection(String name, String link, List<KindSection> kinds, boolean hasPendingRequests,
			Language language) {
	}

	/** The latest items of one kind, and how many more there were. */
	record KindSection(String heading, List<Item> items, int more) {
	}

	record Item(String title, String link, String when) {
	}

	boolean isEmpty() {
		return updates == 0;
	}

	/**
	 * From the entries themselves, as one person's query returns them.
	 * @param happened the entries of the period the person may see
	 * @param pending the join requests still awaiting the person's decision, whenever they came
	 * @param names coalition names by id
	 * @param link makes an absolute web link of a path
	 * @param language the reader's, which headings, lines and times are written in
	 */
	static DigestContent of(List<FeedEntry> happened, List<FeedEntry> pending, Map<String, String> names,
			ZoneId zone, Function<String, String> link, Language language, Texts texts) {
		Map<String, Tallies> tallies = new HashMap<>();
		happened.stream()
			.filter(PeriodSummary::shown)
			.forEach(entry -> tallies.computeIfAbsent(entry.coalitionId(), id -> new Tallies()).add(entry));
		Set<String> happenedIds = happened.stream().map(FeedEntry::id).collect(Collectors.toSet());
		Map<String, List<FeedEntry>> pendingByCoalition = pending.stream()
			.collect(Collectors.groupingBy(FeedEntry::coalitionId, LinkedHashMap::new, Collectors.toList()));
		return of(tallies, pendingByCoalition, request -> happenedIds.contains(request.id()), names, zone, link,
				language, texts);
	}

	/**
	 * @param happened what the person may see of the period, by coalition
	 * @param pending the join requests still awaiting the person's decision, whenever they came, by coalition
	 * @param pendingIsUpdate whether a pending request is one of the period's updates the person may see
	 */
	static DigestContent of(Map<String, Tallies> happened, Map<String, List<FeedEntry>> pending,
			Predicate<FeedEntry> pendingIsUpdate, Map<String, String> names, ZoneId zone,
			Function<String, String> link, Language language, Texts texts) {
		int updates = happened.values().stream().mapToInt(Tallies::count).sum();
		for (List<FeedEntry> requests : pending.values()) {
			updates += (int) requests.stream().filter(pendingIsUpdate).count();
		}
		if (updates == 0) {
			return new DigestContent(List.of(), 0);
		}
		Set<String> coalitionIds = new LinkedHashSet<>(happened.keySet());
		pending.forEach((coalitionId, requests) -> {
			if (!requests.isEmpty()) {
				coalitionIds.add(coalitionId);
			}
		});
		List<CoalitionSection> sections = new ArrayList<>();
		for (String coalitionId : coalitionIds) {
			List<KindSection> kinds = new ArrayList<>();
			List<FeedEntry> requests = pending.getOrDefault(coalitionId, List.of());
			if (!requests.isEmpty()) {
				Tally waiting = new Tally();
				requests.forEach(waiting::add);
				kinds.add(section(Category.JOIN_REQUESTS, waiting, zone, link, language, texts));
			}
			Tallies ofCoalition = happened.get(coalitionId);
			if (ofCoalition != null) {
				ofCoalition.byCategory().forEach((category, tally) -> {
					if (category != Category.JOIN_REQUESTS && tally.count() > 0) {
						kinds.add(section(category, tally, zone, link, language, texts));
					}
				});
			}
			if (!kinds.isEmpty()) {
				String name = Feed.nameIn(coalitionId, names.get(coalitionId), texts, language);
				sections.add(new CoalitionSection(name != null ? name : texts.get(language, "mail.a-coalition"),
						link.apply(FeedProjection.link(coalitionId)), List.copyOf(kinds), !requests.isEmpty(),
						language));
			}
		}
		sections.sort(Comparator.comparing((CoalitionSection section) -> !section.hasPendingRequests())
			.thenComparing(CoalitionSection::name, String.CASE_INSENSITIVE_ORDER));
		return new DigestContent(List.copyOf(sections), updates);
	}

	private static KindSection section(Category category, Tally tally, ZoneId zone, Function<String, String> link,
			Language language, Texts texts) {
		return new KindSection(texts.get(language, "digest.heading." + category.name()),
				tally.shown()
					.stream()
					.map(entry -> new Item(entry.titleIn(texts, language), link.apply(entry.link()),
							Dates.when(entry.occurredAt().atZone(zone), language)))
					.toList(),
				tally.more());
	}
}
