package org.coalitions.membership.directory;

import java.time.Instant;

/** What membership-service knows of a coalition, as the API shows it (fields as in {@link CoalitionEntry}). */
record CoalitionEntryView(String coalitionId, String name, String theme, String joinPolicy, String status,
		String proposerId, Instant updatedAt) {

	static CoalitionEntryView of(CoalitionEntry entry) {
		return new CoalitionEntryView(entry.coalitionId(), entry.name(), entry.theme(), entry.joinPolicy(),
				entry.status(), entry.proposerId(), entry.updatedAt());
	}
}
