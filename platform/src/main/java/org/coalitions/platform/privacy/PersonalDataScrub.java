package org.coalitions.platform.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The generic safety net of an erasure: given the names and addresses a service found for a person in its own
 * records, it reads every document of every collection of the service's database (outboxes, journals, audit, mail
 * bodies, GridFS {@code .files} metadata, other people's posts that {@code @mention} them) and replaces, in every
 * string value and field name, each whole-word occurrence of a name (case-insensitive, with a leading {@code @})
 * with {@link #FORMER_MEMBER}, and removes each address. A service erases the person semantically first (posts
 * keep their text but lose their author...); this catches what no one thought of.
 * <p>
 * Erasure is rare, so a scan of each collection is acceptable: no index can find a name inside free text. GridFS
 * chunks (the files' bytes) are not read. {@code _id}s are never changed.
 * <p>
 * A concurrent save must not undo the scrub: a document with a numeric {@code version} (the optimistic lock of
 * every aggregate, {@code OutboxAggregate}) is written only if its version is still the one read, and with the
 * version incremented, so a save from a read taken before fails its lock and loads again (reading the scrubbed
 * document); a lost race reads the document again. Documents without a version (projections) are written by id,
 * and the whole database is passed over again until a pass changes nothing (at most {@value #PASSES} passes).
 */
public final class PersonalDataScrub {

	/** What a name becomes, in the stored data: the pages and mails show their own language's words for it. */
	public static final String FORMER_MEMBER = "a former member";

	static final int PASSES = 3;

	private static final int ATTEMPTS = 10;

	private static final String GRIDFS_CHUNKS = ".chunks";

	private static final String VERSION = "version";

	private final List<Pattern> addresses;

	private final List<Pattern> names;

	private PersonalDataScrub(Collection<String> names, Collection<String> addresses) {
		this.addresses = patterns(addresses, "[\\p{L}\\p{N}_.+\\-]", "");
		this.names = patterns(names, "[\\p{L}\\p{N}_@]", "@?");
	}

	/**
	 * Scrubs the whole database of the given names and addresses; blank ones and names of fewer than two characters
	 * (which would match ordinary words) are left out. Answers how many documents it changed, for the logs (which
	 * must not name the person).
	 */
	public static int scrub(MongoDatabase database, Collection<String> names, Collection<String> addresses) {
		PersonalDataScrub scrub = new PersonalDataScrub(names, addresses);
		if (scrub.names.isEmpty() && scrub.addresses.isEmpty()) {
			return 0;
		}
		int changed = 0;
		for (int pass = 0; pass < PASSES; pass++) {
			int inPass = 0;
			for (String name : database.listCollectionNames()) {
				if (!name.startsWith("system.") && !name.endsWith(GRIDFS_CHUNKS)) {
					inPass += scrub.collection(database.getCollection(name));
				}
			}
			changed += inPass;
			if (inPass == 0) {
				break;
			}
		}
		return changed;
	}

	/** The names and addresses a service's records keep for one person. */
	public record Found(java.util.Set<String> names, java.util.Set<String> addresses) {

		/** Adds what else the service knows (the token's, a projection's). */
		public Found with(Collection<String> moreNames, Collection<String> moreAddresses) {
			java.util.Set<String> allNames = new java.util.LinkedHashSet<>(names);
			java.util.Set<String> allAddresses = new java.util.LinkedHashSet<>(addresses);
			moreNames.stream().filter(Objects::nonNull).forEach(allNames::add);
			moreAddresses.stream().filter(Objects::nonNull).forEach(allAddresses::add);
			return new Found(allNames, allAddresses);
		}
	}

	/**
	 * Learns, from every collection of the service's own database, the names and addresses it keeps for a person
	 * (the event of an erasure carries only the id): in any document or nested document where a field {@code
	 * <role>Id} (or {@code _id}, {@code id}, {@code personId}, {@code memberId}) holds the person's id, the fields
	 * {@code <role>Name} and {@code <role>Email} beside it ({@code name}, {@code displayName}, {@code email},
	 * {@code address} for a document that is the person's own or a member's); and in a map named {@code names}, the
	 * value under the person's id.
	 */
	public static Found find(MongoDatabase database, String personId) {
		java.util.Set<String> names = new java.util.LinkedHashSet<>();
		java.util.Set<String> addresses = new java.util.LinkedHashSet<>();
		for (String name : database.listCollectionNames()) {
			if (!name.startsWith("system.") && !name.endsWith(GRIDFS_CHUNKS)) {
				for (Document document : database.getCollection(name).find()) {
					learn(document, personId, names, addresses);
				}
			}
		}
		return new Found(names, addresses);
	}

	private static final java.util.Set<String> OWN_ID = java.util.Set.of("_id", "id", "personId", "memberId", "userId");

	private static void learn(Object value, String personId, java.util.Set<String> names,
			java.util.Set<String> addresses) {
		if (value instanceof Document document) {
			document.forEach((key, field) -> {
				if (personId.equals(field) && (key.endsWith("Id") || OWN_ID.contains(key))) {
					String role = OWN_ID.contains(key) ? "" : key.substring(0, key.length() - 2);
					if (role.isEmpty() || key.equals("memberId")) {
						addText(document.get("name"), names);
						addText(document.get("displayName"), names);
						addText(document.get("email"), addresses);
						addText(document.get("address"), addresses);
					}
					addText(document.get(role + "Name"), names);
					addText(document.get(role + "Email"), addresses);
				}
				if ("names".equals(key) && field instanceof Document map) {
					addText(map.get(personId), names);
				}
				learn(field, personId, names, addresses);
			});
		}
		else if (value instanceof List<?> list) {
			list.forEach(item -> learn(item, personId, names, addresses));
		}
	}

	private static void addText(Object value, java.util.Set<String> into) {
		if (value instanceof String text && !text.isBlank() && !FORMER_MEMBER.equalsIgnoreCase(text.strip())) {
			into.add(text.strip());
		}
	}

	/** The text with the names replaced and the addresses removed; for values a service scrubs itself. */
	public static String scrubText(String text, Collection<String> names, Collection<String> addresses) {
		return new PersonalDataScrub(names, addresses).text(text);
	}

	private int collection(MongoCollection<Document> collection) {
		List<Object> touched = new ArrayList<>();
		for (Document document : collection.find()) {
			if (!Objects.equals(value(document), document)) {
				touched.add(document.get("_id"));
			}
		}
		int changed = 0;
		for (Object id : touched) {
			if (write(collection, id)) {
				changed++;
			}
		}
		return changed;
	}

	/** Compare and set: the document as read, scrubbed, written only if no one changed it meanwhile. */
	private boolean write(MongoCollection<Document> collection, Object id) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Document current = collection.find(Filters.eq("_id", id)).first();
			if (current == null) {
				return false;
			}
			Document scrubbed = (Document) value(current);
			if (scrubbed.equals(current)) {
				return false;
			}
			Bson filter = Filters.eq("_id", id);
			if (current.get(VERSION) instanceof Number version) {
				filter = Filters.and(filter, Filters.eq(VERSION, version));
				scrubbed.put(VERSION, version instanceof Integer number ? number + 1 : version.longValue() + 1);
			}
			UpdateResult result = collection.replaceOne(filter, scrubbed);
			if (result.getMatchedCount() > 0) {
				return true;
			}
		}
		throw new IllegalStateException("a document of " + collection.getNamespace().getCollectionName()
				+ " kept changing while it was scrubbed");
	}

	private Object value(Object value) {
		if (value instanceof String text) {
			return text(text);
		}
		if (value instanceof Document document) {
			Document scrubbed = new Document();
			document.forEach((key, field) -> scrubbed.put("_id".equals(key) ? key : text(key),
					"_id".equals(key) ? field : value(field)));
			return scrubbed;
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> scrubbed = new LinkedHashMap<>();
			map.forEach((key, field) -> scrubbed.put(key instanceof String text ? text(text) : key, value(field)));
			return scrubbed;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(this::value).toList();
		}
		return value;
	}

	private String text(String text) {
		String scrubbed = text;
		for (Pattern address : addresses) {
			scrubbed = address.matcher(scrubbed).replaceAll("");
		}
		for (Pattern name : names) {
			scrubbed = name.matcher(scrubbed).replaceAll(Matcher.quoteReplacement(FORMER_MEMBER));
		}
		return scrubbed;
	}

	/** Longest first, so that "Ada Lovelace" goes whole before "Ada" would leave "a former member Lovelace". */
	private static List<Pattern> patterns(Collection<String> values, String notAfter, String prefix) {
		return values.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(value -> value.codePointCount(0, value.length()) >= 2)
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(value -> Pattern.compile("(?<!" + notAfter + ")" + prefix + Pattern.quote(value)
					+ "(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
			.toList();
	}
}
