package org.coalitions.notification.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.StandingReminder;
import org.coalitions.notification.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one digest run reads from the feed, each at most once and only when a due digest needs it: every
 * period's summary (people in the same time zone and frequency share one), the pending join requests (read in
 * the same pass as the first summary) and the coalition names; and renders each distinct coalition section
 * once. Not shared between runs: a run sees the feed as it is when it gets there.
 */
final class DigestRun {

	private static final Logger log = LoggerFactory.getLogger(DigestRun.class);

	/**
	 * Summaries kept at once. A run usually meets one or two periods; the first run after a pause may meet one
	 * per time zone, and then reads a period again rather than holding them all.
	 */
	static final int PERIODS_KEPT = 4;

	static final int JOINERS_KEPT = 2000;

	private final Feed feed;

	private final Map<Span, PeriodSummary> summaries = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Span, PeriodSummary> eldest) {
			return size() > PERIODS_KEPT;
		}
	};

	private Map<String, List<FeedEntry>> pending;

	private int passes;

	/** Who is due for which period, to find those who joined a coalition within it. */
	private final Supplier<Stream<Person>> everyone;

	private final Function<Person, List<DigestPeriod>> due;

	private Map<Span, List<Person>> joiners;

	private Map<String, String> names;

	private Map<String, StandingReminder> reminders;

	private final DigestSections sections;

	/**
	 * @param everyone the people a run goes through
	 * @param due the periods a person is due for (one per frequency they get), if any
	 */
	DigestRun(Feed feed, DigestSections sections, Supplier<Stream<Person>> everyone,
			Function<Person, List<DigestPeriod>> due) {
		this.feed = feed;
		this.sections = sections;
		this.everyone = everyone;
		this.due = due;
	}

	/** The run's coalition sections, each rendered once. */
	DigestSections sections() {
		return sections;
	}

	private record Span(Instant from, Instant to) {
	}

	/**
	 * The period's summary, read on first use. The first read makes, in the same pass over the feed, the
	 * summaries of the other periods the run's people are due for (up to {@link #PERIODS_KEPT}): on a store that
	 * scans the whole feed for any period, a second period read apart costs a second scan.
	 */
	PeriodSummary summary(DigestPeriod period) {
		Span wanted = new Span(period.from(), period.to());
		PeriodSummary known = summaries.get(wanted);
		if (known != null) {
			return known;
		}
		List<Span> spans = new ArrayList<>();
		if (passes == 0) {
			joiners().keySet().stream().filter(span -> !span.equals(wanted)).limit(PERIODS_KEPT - 1).forEach(spans::add);
		}
		spans.add(wanted); // the last put: the most recently used
		read(spans);
		return summaries.get(wanted);
	}

	/** How many passes over the feed the run's summaries took. */
	int passes() {
		return passes;
	}

	private void read(List<Span> spans) {
		long started = System.nanoTime();
		passes++;
		Instant from = spans.stream().map(Span::from).min(Instant::compareTo).orElseThrow();
		Instant to = spans.stream().map(Span::to).max(Instant::compareTo).orElseThrow();
		Map<Span, PeriodSummary> read = new LinkedHashMap<>();
		spans.forEach(span -> read.put(span,
				new PeriodSummary(span.from(), span.to(), joiners().getOrDefault(span, List.of()))));
		long[] entries = { 0 };
		List<FeedEntry> requests = new ArrayList<>();
		try (Stream<FeedEntry> all = feed.streamForDigests(from, to)) {
			all.forEach(entry -> {
				entries[0]++;
				if (Feed.pendingJoinRequest(entry)) {
					requests.add(entry);
				}
				read.values().forEach(summary -> summary.add(entry));
			});
		}
		if (pending == null) {
			pending = byCoalition(requests);
		}
		summaries.putAll(read);
		log.info("Digest run: read {} feed entries of {} to {} in {} ms for {} period(s) ({} people joined a "
				+ "coalition within them)", entries[0], from, to, (System.nanoTime() - started) / 1_000_000,
				spans.size(), spans.stream().mapToInt(span -> joiners().getOrDefault(span, List.of()).size()).sum());
	}

	/**
	 * The people due for a period who joined one of their coalitions within it, found when the run first needs
	 * a summary, so that their views are made in the same pass over the period as the summary (at most
	 * {@link #JOINERS_KEPT} per period; the others get a pass of their own, see {@link #personalViews}).
	 */
	private Map<Span, List<Person>> joiners() {
		if (joiners == null) {
			long started = System.nanoTime();
			joiners = new HashMap<>();
			try (Stream<Person> people = everyone.get()) {
				people.forEach(person -> due.apply(person).forEach(period -> {
					boolean joinedWithin = person.coalitions()
						.values()
						.stream()
						.anyMatch(membership -> membership.since() != null
								&& membership.since().isAfter(period.from())
								&& membership.since().isBefore(period.to()));
					List<Person> ofPeriod = joiners.computeIfAbsent(new Span(period.from(), period.to()),
							span -> new ArrayList<>());
					if (joinedWithin && ofPeriod.size() < JOINERS_KEPT) {
						ofPeriod.add(person);
					}
				}));
			}
			log.info("Digest run: went through the people in {} ms to find the periods due ({})",
					(System.nanoTime() - started) / 1_000_000, joiners.size());
		}
		return joiners;
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
		if (pending == null) { // read with the first summary, as a rule
			pending = byCoalition(feed.pendingJoinRequests());
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

	private static Map<String, List<FeedEntry>> byCoalition(List<FeedEntry> requests) {
		return requests.stream()
			.sorted(Tally.CHRONOLOGICAL)
			.collect(Collectors.groupingBy(FeedEntry::coalitionId, LinkedHashMap::new, Collectors.toList()));
	}

	/** Whether a pending request is one of the period's updates the person may see. */
	static Predicate<FeedEntry> happenedIn(DigestPeriod period, Person person) {
		return request -> !request.occurredAt().isBefore(period.from()) && request.occurredAt().isBefore(period.to())
				&& Feed.visible(person, request);
	}

	/** The reporting reminders standing for the coalitions the person coordinates (all read once per run). */
	List<StandingReminder> remindersFor(Person person) {
		if (!person.coordinatesAny()) {
			return List.of();
		}
		if (reminders == null) {
			reminders = feed.standingReminders();
		}
		return person.coalitions()
			.entrySet()
			.stream()
			.filter(membership -> membership.getValue().coordinator() && reminders.containsKey(membership.getKey()))
			.map(membership -> reminders.get(membership.getKey()))
			.sorted(java.util.Comparator.comparing(StandingReminder::deadline,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
				.thenComparing(StandingReminder::coalitionId))
			.toList();
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
