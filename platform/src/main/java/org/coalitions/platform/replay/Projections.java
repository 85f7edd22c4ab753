package org.coalitions.platform.replay;

import java.util.List;
import java.util.Set;

/**
 * What a service derives from events and can therefore rebuild from the topics: the subscriptions that write its
 * projections and the collections they write. Declared once by each service as a bean; its aggregates, their
 * outboxes and the consumers that change them are not listed, so a replay never runs them.
 * @param subscriptions the ids of the {@code @EventSubscription}s that write the projections, and nothing else
 * @param readFirst those among them whose projections the others read while applying an event (the feed names
 * people from the people directory): a replay rebuilds them, up to the topics' ends, before starting the others,
 * as they were long ahead when the live service applied those events
 * @param collections the collections they write
 */
public record Projections(Set<String> subscriptions, Set<String> readFirst, List<Projection> collections) {

	public Projections {
		subscriptions = Set.copyOf(subscriptions);
		readFirst = Set.copyOf(readFirst);
		collections = List.copyOf(collections);
		if (!subscriptions.containsAll(readFirst)) {
			throw new IllegalArgumentException("readFirst " + readFirst + " must be among " + subscriptions);
		}
	}

	public static Projections of(Set<String> subscriptions, Projection... collections) {
		return new Projections(subscriptions, Set.of(), List.of(collections));
	}

	/** These projections rebuilt before the others start. */
	public Projections readFirst(String... subscriptionIds) {
		return new Projections(subscriptions, Set.of(subscriptionIds), collections);
	}

	/**
	 * A projection's collection.
	 * @param collection its name
	 * @param liveOnlyFields top-level fields written by the service's own work rather than by events (read marks,
	 * the last digest sent): the comparison leaves them out and a swap keeps the live document's values
	 * @param liveMadeDocuments whether the service also makes documents of its own (a person at first sign-in,
	 * before any event names them): a live document the rebuild lacks is then no difference, and a swap keeps it
	 * @param toldAtTheTime documents an event made together with what the service knew when it applied it (a post's
	 * notice to the people it concerned then: members then, following then, not muting then), told once like a
	 * mail; a replay knows only what is known at its end, so it neither compares them (on either side) nor swaps
	 * them: the live ones stay; null if there are none
	 */
	public record Projection(String collection, Set<String> liveOnlyFields, boolean liveMadeDocuments,
			Selection toldAtTheTime) {

		public Projection {
			liveOnlyFields = Set.copyOf(liveOnlyFields);
		}

		/** A projection written by its events alone. */
		public static Projection of(String collection) {
			return new Projection(collection, Set.of(), false, null);
		}

		/** A projection the service's own work writes too: those fields, and documents of its own. */
		public static Projection alsoWrittenByTheService(String collection, String... liveOnlyFields) {
			return new Projection(collection, Set.of(liveOnlyFields), true, null);
		}

		/** This projection, whose documents with one of these values in this top-level field are told at the time. */
		public Projection toldAtTheTime(String field, String... values) {
			return new Projection(collection, liveOnlyFields, liveMadeDocuments, new Selection(field, Set.of(values)));
		}

		/** Whether the document is one told at the time. */
		public boolean toldAtTheTime(java.util.Map<String, Object> document) {
			return toldAtTheTime != null && toldAtTheTime.values().contains(document.get(toldAtTheTime.field()));
		}
	}

	/** The documents whose top-level {@code field} holds one of {@code values}. */
	public record Selection(String field, Set<String> values) {

		public Selection {
			values = Set.copyOf(values);
		}
	}
}
