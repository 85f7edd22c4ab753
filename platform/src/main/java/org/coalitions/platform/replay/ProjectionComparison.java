package org.coalitions.platform.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;
import org.coalitions.platform.messaging.AppliedEvents;

/**
 * One projection's live documents against the rebuilt ones, by {@code _id}. Left out: bookkeeping that says how
 * the events arrived, not what they say ({@value AppliedEvents#FIELD}, Spring Data's {@code _class}) and the
 * projection's live-only fields; where the service makes documents of its own, live documents the rebuild lacks
 * (reported by count); on both sides, the documents told at the time ({@link Projections.Projection#toldAtTheTime()}),
 * which a replay cannot tell again. Arrays are compared as multisets: a projection fed by several partitions may
 * append in another order on a second reading. The result names documents and fields, never values, which may be
 * personal data.
 * @param collection the projection's collection
 * @param live how many live documents
 * @param rebuilt how many rebuilt documents
 * @param onlyLive ids of live documents the rebuild did not make (not those the service made itself)
 * @param onlyRebuilt ids of rebuilt documents the live projection lacks
 * @param differing per id present in both, the top-level fields whose values differ
 */
public record ProjectionComparison(String collection, int live, int rebuilt, List<String> onlyLive,
		List<String> onlyRebuilt, Map<String, Set<String>> differing) {

	static final Set<String> BOOKKEEPING = Set.of(AppliedEvents.FIELD, "_class");

	public static ProjectionComparison compare(Projections.Projection projection, List<Document> live,
			List<Document> rebuilt) {
		Map<String, Map<String, Object>> liveById = byId(live, projection);
		Map<String, Map<String, Object>> rebuiltById = byId(rebuilt, projection);
		List<String> onlyLive = new ArrayList<>();
		Map<String, Set<String>> differing = new TreeMap<>();
		liveById.forEach((id, document) -> {
			Map<String, Object> other = rebuiltById.get(id);
			if (other == null) {
				if (!projection.liveMadeDocuments()) {
					onlyLive.add(id);
				}
				return;
			}
			Set<String> fields = new TreeSet<>(document.keySet());
			fields.addAll(other.keySet());
			fields.removeIf(field -> java.util.Objects.equals(document.get(field), other.get(field)));
			if (!fields.isEmpty()) {
				differing.put(id, fields);
			}
		});
		List<String> onlyRebuilt = rebuiltById.keySet().stream().filter(id -> !liveById.containsKey(id)).toList();
		return new ProjectionComparison(projection.collection(), live.size(), rebuilt.size(), onlyLive,
				onlyRebuilt, differing);
	}

	public boolean equal() {
		return onlyLive.isEmpty() && onlyRebuilt.isEmpty() && differing.isEmpty();
	}

	/** One line for the report. */
	public String summary() {
		if (equal()) {
			return collection + ": equal (" + live + " documents)";
		}
		return collection + ": DIFFERENT (live " + live + ", rebuilt " + rebuilt + " documents; only live: "
				+ onlyLive + "; only rebuilt: " + onlyRebuilt + "; differing fields: " + differing + ")";
	}

	private static Map<String, Map<String, Object>> byId(List<Document> documents, Projections.Projection projection) {
		Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
		for (Document document : documents) {
			if (projection.toldAtTheTime(document)) {
				continue;
			}
			Map<String, Object> fields = new TreeMap<>();
			document.forEach((field, value) -> {
				if (!BOOKKEEPING.contains(field) && !projection.liveOnlyFields().contains(field)) {
					fields.put(field, normalised(value));
				}
			});
			byId.put(String.valueOf(document.get("_id")), fields);
		}
		return byId;
	}

	private static Object normalised(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, inner) -> sorted.put(String.valueOf(key), normalised(inner)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ProjectionComparison::normalised).sorted(Comparator.comparing(String::valueOf))
				.toList();
		}
		return value;
	}
}
