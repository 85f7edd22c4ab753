package org.coalitions.coalition.registry;

import java.time.Instant;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Theme;

/**
 * A coalition as a list shows it: what a card in the list needs, without the charter, links, outbox or internal
 * fields. Lists are the most frequent read, and the charter is most of a coalition's bytes; whoever wants it
 * reads the one coalition ({@link CoalitionView}). Lists are served by {@link CoalitionReadModel}.
 */
record CoalitionSummary(String id, String name, Theme theme, String themeName, String summary,
		JoinPolicy joinPolicy, CoalitionStatus status, Instant proposedAt, Instant lastActivityAt) {
}
