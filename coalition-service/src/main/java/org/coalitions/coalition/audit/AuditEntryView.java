package org.coalitions.coalition.audit;

import java.time.Instant;

/** One event of a coalition's history as the API shows it (fields as in {@link AuditEntry}). */
record AuditEntryView(String eventId, String coalitionId, String event, String type, String actorId, Instant at,
		String summary) {

	static AuditEntryView of(AuditEntry entry) {
		return new AuditEntryView(entry.eventId(), entry.coalitionId(), entry.event(), entry.type(), entry.actorId(),
				entry.at(), entry.summary());
	}
}
