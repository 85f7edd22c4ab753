package org.coalitions.notification.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.notification.people.Person;

/**
 * One period's feed, read once and folded per coalition and audience into {@link Tallies}, so that the digests
 * of everyone sharing the period are put together from it instead of each querying the feed. Entries about a
 * person ({@code subjectId}) are also kept by person: they see them even outside their coalitions. Its size
 * follows the coalitions and the entries about people, not the entries of the period.
 */
final class PeriodSummary {

	private final Instant from;

	private final Instant to;

	/** Entries every member of the coalition sees. */
	private final Map<String, Tallies> forMembers = new HashMap<>();

	/** Entries only the coalition's coordinators see. */
	private final Map<String, Tallies> forCoordinators = new HashMap<>();

	private final Map<String, List<FeedEntry>> aboutPeople = new HashMap<>();

	/** The views of those who joined a coalition within the period, made in the same pass. */
	private final PersonalViews joiners;

	/** An empty summary of [from, to), to be given the entries one by one ({@link #add}). */
	PeriodSummary(Instant from, Instant to, List<Person> joiners) {
		this.from = from;
		this.to = to;
		this.joiners = new PersonalViews(joiners);
	}

	/**
	 * What the person may see of the period (as {@link Feed#visible}), by coalition; empty when nothing. For
	 * someone who joined one of their coalitions within the period, who sees only its entries since then, which
	 * the tallies cannot tell: their view made in the same pass if they were named to the constructor as they are
	 * now, else null, and then their view is made with {@link #personalViews}.
	 */
	Map<String, Tallies> viewOf(Person person) {
		Map<String, Tallies> view = new HashMap<>();
		for (Map.Entry<String, Person.Membership> membership : person.coalitions().entrySet()) {
			Instant since = membership.getValue().since();
			if (since == null || !since.isBefore(to)) {
				continue; // sees nothing of this coalition's period
			}
			if (since.isAfter(from)) {
				return joiners.viewOf(person);
			}
			Tallies tallies = new Tallies();
			merge(tallies, forMembers.get(membership.getKey()));
			if (membership.getValue().coordinator()) {
				merge(tallies, forCoordinators.get(membership.getKey()));
			}
			if (tallies.count() > 0) {
				view.put(membership.getKey(), tallies);
			}
		}
		for (FeedEntry about : aboutPeople.getOrDefault(person.id(), List.of())) {
			if (!Feed.visibleAsMember(person, about)) { // else counted with the coalition already
				view.computeIfAbsent(about.coalitionId(), id -> new Tallies()).add(about);
			}
		}
		return view;
	}

	/**
	 * The views of a few people, by person id and coalition, from one more pass over the period's entries: for
	 * those whose view {@link #viewOf} cannot make.
	 */
	static Map<String, Map<String, Tallies>> personalViews(List<Person> people, Stream<FeedEntry> entries) {
		PersonalViews views = new PersonalViews(people);
		entries.forEach(views::add);
		return views.views;
	}

	/**
	 * A few people's views, each entry checked with {@link Feed#visible} against the people it may concern
	 * (members of its coalition, the person it is about).
	 */
	private static final class PersonalViews {

		private final Map<String, List<Person>> byCoalition = new HashMap<>();

		private final Map<String, Person> byId = new HashMap<>();

		private final Map<String, Map<String, Tallies>> views = new HashMap<>();

		PersonalViews(List<Person> people) {
			for (Person person : people) {
				person.coalitions()
					.keySet()
					.forEach(id -> byCoalition.computeIfAbsent(id, key -> new ArrayList<>()).add(person));
				byId.put(person.id(), person);
				views.put(person.id(), new HashMap<>());
			}
		}

		void add(FeedEntry entry) {
			if (byId.isEmpty() || !shown(entry)) {
				return;
			}
			for (Person member : byCoalition.getOrDefault(entry.coalitionId(), List.of())) {
				if (Feed.visibleAsMember(member, entry)) {
					views.get(member.id()).computeIfAbsent(entry.coalitionId(), id -> new Tallies()).add(entry);
				}
			}
			Person subject = entry.subjectId() == null ? null : byId.get(entry.subjectId());
			if (subject != null && !Feed.visibleAsMember(subject, entry)) {
				views.get(subject.id()).computeIfAbsent(entry.coalitionId(), id -> new Tallies()).add(entry);
			}
		}

		/** The view, if made for the person with the same memberships. */
		Map<String, Tallies> viewOf(Person person) {
			Person known = byId.get(person.id());
			return known != null && known.coalitions().equals(person.coalitions()) ? views.get(person.id()) : null;
		}
	}

	/**
	 * Whether a digest lists the entry among what happened: join requests are listed while pending, whenever
	 * they came, and a decided one shows as its decision; entries for one person only are not listed.
	 */
	static boolean shown(FeedEntry entry) {
		// a person's own lines (mentions, replies to them) were news at once; a digest tells what the coalition did
		return !FeedEntry.PERSON.equals(entry.audience()) && entry.category() != null && entry.category() != Category.JOIN_REQUESTS && entry.occurredAt() != null
				&& entry.coalitionId() != null;
	}

	/** Folds one entry; one of another time is passed over. */
	void add(FeedEntry entry) {
		if (entry.occurredAt() == null || entry.occurredAt().isBefore(from) || !entry.occurredAt().isBefore(to)) {
			return; // of another period, or a pending request of another time
		}
		joiners.add(entry);
		if (!shown(entry)) {
			return;
		}
		if (entry.subjectId() != null) {
			aboutPeople.computeIfAbsent(entry.subjectId(), id -> new ArrayList<>()).add(entry);
		}
		(FeedEntry.MEMBERS.equals(entry.audience()) ? forMembers : forCoordinators)
			.computeIfAbsent(entry.coalitionId(), id -> new Tallies())
			.add(entry);
	}

	private static void merge(Tallies into, Tallies from) {
		if (from != null) {
			into.addAll(from);
		}
	}
}
