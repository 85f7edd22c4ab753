package org.coalitions.notification.feed;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.coalitions.contracts.Language;
import org.coalitions.platform.texts.Texts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event as people see it. {@code audience} MEMBERS: every member of the coalition; COORDINATORS: only its
 * coordinators (join requests and their decisions, reporting reminders, quietness); PERSON: only the person it is
 * about (a mention, a reply in a thread they take part in or follow). {@code subjectId}: the person the entry is about, who sees
 * it even when not a member (their own join request's decision). {@code pending}: a join request still awaiting
 * its decision. {@code ref}: the join request, thread, meeting or outcome it is about. {@code link}: its page on
 * the web, relative to the web app's address.
 * <p>
 * {@code title} is the entry's line in English as it was made; {@code titleArgs}, when there are any, are what the
 * line is made of, and the line is made again in each reader's language when read ({@link #titleIn}) from the text
 * {@code feed.<type>}: a language switch applies to the whole feed, entries stored before it included. Entries of
 * kinds not (yet) written that way, and those stored before, keep their English title.
 */
@Document(FeedEntry.COLLECTION)
public record FeedEntry(@Id String id, String coalitionId, String type, Category category, String title,
		String actorId, Instant occurredAt, String audience, String subjectId, Boolean pending, String ref,
		String link, Map<String, Object> titleArgs) {

	public FeedEntry(String id, String coalitionId, String type, Category category, String title, String actorId,
			Instant occurredAt, String audience, String subjectId, Boolean pending, String ref, String link) {
		this(id, coalitionId, type, category, title, actorId, occurredAt, audience, subjectId, pending, ref, link,
				null);
	}

	/** The entry's line in that language. */
	public String titleIn(Texts texts, Language language) {
		return titleArgs == null ? title : texts.get(language, "feed." + type, titleArgs);
	}

	/** This entry, its line made from {@code feed.<type>} with these arguments (its English title kept). */
	FeedEntry withTitle(Texts texts, Map<String, Object> arguments) {
		return new FeedEntry(id, coalitionId, type, category, texts.get(Language.EN, "feed." + type, arguments),
				actorId, occurredAt, audience, subjectId, pending, ref, link, arguments);
	}

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
