package org.coalitions.notification.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one digest run reads from the feed, each at most once and only when a due digest needs it: every
 * period's summary (people in the same time zone and frequency share one), the pending join requests and the
 * coalition names; and renders each distinct coalition section once. Not shared between runs: a run sees the feed as it is when it gets there.
 */
final class DigestRun {

	private static final Logger log = LoggerFactory.getLogger(DigestRun.class);

	/**
	 * Summaries kept at once. A run usually meets one or two periods; the first run after a pause may meet one
	 * per time zone, and then reads a period again rather than holding them all.
	 */
	static final int PERIODS_KEPT = 4;

	private final Feed feed;

	private final Map<Span, PeriodSummary> summaries = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Span, PeriodSummary> eldest) {
			return size() > PERIODS_KEPT;
		}
	};

	private Map<String, List<FeedEntry>> pending;

	private Map<String, String> names;

	private final DigestSections sections;

	DigestRun(Feed feed, DigestSections sections) {
		this.feed = feed;
		this.sections = sections;
	}

	/** The run's coalition sections, each rendered once. */
	DigestSections sections() {
		return sections;
	}

	private record Span(Instant from, Instant to) {
	}

	/** The period's summary, read on first use. */
	PeriodSummary summary(DigestPeriod period) {
		return summaries.computeIfAbsent(new Span(period.from(), period.to()), span -> {
			long started = System.nanoTime();
			PeriodSummary summary;
			try (Stream<FeedEntry> entries = feed.streamBetween(span.from(), span.to())) {
				summary = PeriodSummary.of(span.from(), span.to(), entries);
			}
			log.info("Digest run: read {} feed entries of {} to {} in {} ms", summary.read(), span.from(), span.to(),
					(System.nanoTime() - started) / 1_000_000);
			return summary;
		});
	}

	/** One more pass over the period for the people whose view its summary cannot make. */
	Map<String, Map<String, Tallies>> personalViews(DigestPeriod period, List<Person> people) {
		try (Stream<FeedEntry> entries = feed.streamBetween(period.from(), period.to())) {
			return PeriodSummary.personalViews(people, entries);
		}
	}

	/** The join requests awaiting the person's decision, by coalition, oldest first. */
	Map<String, List<FeedEntry>> pendingFor(Person person) {
		if (!person.coordinatesAny()) {
			return Map.of();
		}
		if (pending == null) {
			pending = feed.pendingJoinRequests()
				.stream()
				.sorted(Tally.CHRONOLOGICAL)
				.collect(Collectors.groupingBy(FeedEntry::coalitionId, LinkedHashMap::new, Collectors.toList()));
		}
		Map<String, List<FeedEntry>> theirs = new LinkedHashMap<>();
		person.coalitions().forEach((coalitionId, membership) -> {
			List<FeedEntry> requests = pending.get(coalitionId);
			if (membership.coordinator() && requests != null) {
				theirs.put(coalitionId, requests);
			}
		});
		return theirs;
	}

	/** Whether a pending request is one of the period's updates the person may see. */
	static Predicate<FeedEntry> happenedIn(DigestPeriod period, Person person) {
		return request -> !request.occurredAt().isBefore(period.from()) && request.occurredAt().isBefore(period.to())
				&& Feed.visible(person, request);
	}

	Map<String, String> names() {
		if (names == null) {
			names = feed.coalitionNames();
		}
		return names;
	}

	/** People waiting for {@link #personalViews}, by period, in the order met. */
	static final class Deferred {

		private final Map<DigestPeriod, List<Person>> byPeriod = new LinkedHashMap<>();

		/** @return the people of the period so far */
		List<Person> add(DigestPeriod period, Person person) {
			List<Person> people = byPeriod.computeIfAbsent(period, key -> new ArrayList<>());
			people.add(person);
			return people;
		}

		List<Person> take(DigestPeriod period) {
			List<Person> people = byPeriod.remove(period);
			return people == null ? List.of() : people;
		}

		List<DigestPeriod> periods() {
			return List.copyOf(byPeriod.keySet());
		}
	}
}
