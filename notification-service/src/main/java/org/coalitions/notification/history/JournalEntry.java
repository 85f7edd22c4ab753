package org.coalitions.notification.history;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event of a coalition as it was published: its id (so a redelivery adds nothing), its type, when it happened
 * (the event's own time, {@code ce_time}: the demo's history since 2007 keeps its dates), where it sat in its
 * topic (the order of one coalition's events at the same instant), and its data as JSON.
 */
@Document(JournalEntry.COLLECTION)
record JournalEntry(@Id String id, String coalitionId, String type, Instant occurredAt, String topic, long offset,
		String data) {

	static final String COLLECTION = "coalition_journal";
}
