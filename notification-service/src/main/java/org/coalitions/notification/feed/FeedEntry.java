package org.coalitions.notification.feed;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event as people see it. {@code audience} MEMBERS: every member of the coalition; COORDINATORS: only its
 * coordinators (join requests and their decisions, reporting reminders, quietness); PERSON: only the person it is
 * about (a mention, a reply in a thread they take part in or follow). {@code subjectId}: the person the entry is about, who sees
 * it even when not a member (their own join request's decision). {@code pending}: a join request still awaiting
 * its decision. {@code ref}: the join request, thread, meeting or outcome it is about. {@code link}: its page on
 * the web, relative to the web app's address.
 */
@Document(FeedEntry.COLLECTION)
public record FeedEntry(@Id String id, String coalitionId, String type, Category category, String title,
		String actorId, Instant occurredAt, String audience, String subjectId, Boolean pending, String ref,
		String link) {

	public static final String COLLECTION = "feed_entries";

	/** The type of a join request's entry. */
	static final String JOIN_REQUESTED = "join-requested";

	/** The types of a new proposal's and a resubmitted proposal's entries. */
	static final String PROPOSED = "coalition-proposed";

	static final String RESUBMITTED = "proposal-resubmitted";

	/** Entries the secretariat sees in its feed besides its own coalitions': the proposals it has to review. */
	static final Set<String> FOR_SECRETARIAT = Set.of(PROPOSED, RESUBMITTED);

	public static final String MEMBERS = "MEMBERS";

	public static final String COORDINATORS = "COORDINATORS";

	public static final String PERSON = "PERSON";

	/** Kinds of entries, in the order of importance in which digests list them. */
	public enum Category {

		JOIN_REQUESTS, NEW_MEMBERS, OUTCOMES, MEETINGS, THREADS, CHANGES

	}
}
