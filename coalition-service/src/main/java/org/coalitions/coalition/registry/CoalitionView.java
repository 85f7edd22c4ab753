package org.coalitions.coalition.registry;

import java.time.Instant;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Theme;

/** A coalition as the API shows it: everything public, nothing internal (no outbox, no search terms). */
record CoalitionView(String id, String name, Theme theme, String themeName, String summary, String charter,
		JoinPolicy joinPolicy, Links links, CoalitionStatus status, String statusReason, Instant proposedAt,
		Instant lastActivityAt, long charterVersion) {

	static CoalitionView of(Coalition coalition) {
		return new CoalitionView(coalition.getId(), coalition.getName(), coalition.getTheme(),
				coalition.getThemeName(), coalition.getSummary(), coalition.getCharter(), coalition.getJoinPolicy(),
				coalition.getLinks(), coalition.getStatus(), coalition.getStatusReason(), coalition.getProposedAt(),
				coalition.getLastActivityAt(), coalition.getCharterVersion());
	}
}
