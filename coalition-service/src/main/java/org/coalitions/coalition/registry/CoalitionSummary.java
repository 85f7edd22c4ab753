package org.coalitions.coalition.registry;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Theme;

/**
 * A coalition as a list shows it: what a card in the list needs, without the charter, links, outbox or internal
 * fields. Lists are the most frequent read, and the charter is most of a coalition's bytes; whoever wants it
 * reads the one coalition ({@link CoalitionView}).
 */
record CoalitionSummary(String id, String name, Theme theme, String themeName, String summary,
		JoinPolicy joinPolicy, CoalitionStatus status, Instant proposedAt, Instant lastActivityAt) {

	/** The stored fields a summary is made of: the only ones a list reads from the store. */
	static final List<String> FIELDS = List.of("_id", "name", "theme", "themeName", "summary", "joinPolicy",
			"status", "proposedAt", "lastActivityAt");

	/**
	 * Mapped by hand from the stored document (as {@link Coalition} is stored: enums by name, instants as dates):
	 * a list reads many documents per request, and the generic object mapping was most of its cost.
	 */
	static CoalitionSummary of(Document stored) {
		return new CoalitionSummary(stored.get("_id").toString(), stored.getString("name"),
				named(Theme.class, stored.getString("theme")), stored.getString("themeName"),
				stored.getString("summary"), named(JoinPolicy.class, stored.getString("joinPolicy")),
				named(CoalitionStatus.class, stored.getString("status")), instant(stored.getDate("proposedAt")),
				instant(stored.getDate("lastActivityAt")));
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
