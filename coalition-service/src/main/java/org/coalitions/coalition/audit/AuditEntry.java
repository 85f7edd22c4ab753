package org.coalitions.coalition.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event in a coalition's history.
 * @param eventId the event's CloudEvents id, the document id: a redelivered event cannot add a second entry
 * @param event the event's name, e.g. {@code MemberJoined}
 * @param type the event's CloudEvents type, with its version
 * @param actorId who acted (the token subject from {@code ce_actor}); null for what the platform did by itself,
 * e.g. a coalition going inactive
 * @param at when it happened ({@code ce_time})
 * @param summary one line for people, from the event's fields; never an email address or a free-text message
 */
@Document(AuditEntry.COLLECTION)
record AuditEntry(@Id String eventId, String coalitionId, String event, String type, String actorId, Instant at,
		String summary) {

	static final String COLLECTION = "audit_trail";
}
