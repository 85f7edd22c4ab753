package org.coalitions.notification.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.ListFormatter;
import org.coalitions.contracts.Language;
import org.coalitions.notification.texts.Dates;
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
 * {@code feed.<type>}: a language switch applies to the whole feed, entries stored before it included. Entries
 * stored before their kind was written that way keep their English title. Arguments that the reader's language
 * writes its own way are stored as what they are and written when read ({@link #inLanguage}): a day
 * ({@link #day}), a moment in a zone ({@link #moment}), a list of names.
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

	private static final String DAY = "day";

	private static final String AT = "at";

	private static final String ZONE = "zone";

	private static final String TEXT = "text";

	/** The entry's line in that language. */
	public String titleIn(Texts texts, Language language) {
		return titleArgs == null ? title : texts.get(language, "feed." + type, inLanguage(texts, titleArgs, language));
	}

	/** This entry, its line made from {@code feed.<type>} with these arguments (its English title kept). */
	FeedEntry withTitle(Texts texts, Map<String, Object> arguments) {
		return new FeedEntry(id, coalitionId, type, category,
				texts.get(Language.EN, "feed." + type, inLanguage(texts, arguments, Language.EN)), actorId, occurredAt,
				audience, subjectId, pending, ref, link, arguments);
	}

	/** A day as a line's argument, written in the reader's language when read: "31 March 2026", "31 mars 2026". */
	public static Map<String, String> day(LocalDate day) {
		return day == null ? null : Map.of(DAY, day.toString());
	}

	/** A moment as a line's argument, written in the reader's language and in that zone (UTC if none is valid). */
	public static Map<String, String> moment(Instant at, String zone) {
		return at == null ? null : Map.of(AT, at.toString(), ZONE, zone == null ? "UTC" : zone);
	}

	/** One of our texts as a line's argument, written in the reader's language: "a member", "un membre". */
	public static Map<String, String> text(String key) {
		return Map.of(TEXT, key);
	}

	/**
	 * A line's arguments as the language writes them: days ({@link #day}), moments ({@link #moment}: "5 Mar 2031,
	 * 18:30", "5 mars 2031 18:30"), texts ({@link #text}) and lists ("Ana and Bo", "Ana et Bo"); the rest as they
	 * are.
	 */
	public static Map<String, Object> inLanguage(Texts texts, Map<String, ?> arguments, Language language) {
		Map<String, Object> result = new LinkedHashMap<>();
		arguments.forEach((name, value) -> result.put(name, written(texts, value, language)));
		return result;
	}

	private static Object written(Texts texts, Object value, Language language) {
		if (value instanceof Map<?, ?> map && map.get(TEXT) != null) {
			return texts.get(language, String.valueOf(map.get(TEXT)));
		}
		if (value instanceof Map<?, ?> map && map.get(DAY) != null) {
			return Dates.date(LocalDate.parse(String.valueOf(map.get(DAY))), language);
		}
		if (value instanceof Map<?, ?> map && map.get(AT) != null) {
			return Dates.dateTime(Instant.parse(String.valueOf(map.get(AT))).atZone(Dates.zone(String.valueOf(map.get(ZONE)))), language);
		}
		if (value instanceof List<?> list) {
			return ListFormatter.getInstance(language.locale())
				.format(list.stream().map(item -> written(texts, item, language)).toList());
		}
		return value;
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
