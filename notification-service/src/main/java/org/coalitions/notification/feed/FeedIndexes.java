package org.coalitions.notification.feed;

import org.coalitions.platform.persistence.SecondaryIndexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the feed's reads need on a real MongoDB: a person's feed and a digest read the entries of some
 * coalitions since a moment ({@code coalitionId}, {@code occurredAt}), entries about a person ({@code
 * subjectId}), a join request's entries by its id ({@code ref}), and a digest run the entries of a period
 * ({@code occurredAt}) and the join requests still pending ({@code type}, {@code pending}). The embedded
 * wire-protocol server of the local stack ignores them and scans ({@link SecondaryIndexes}).
 */
@Component
class FeedIndexes {

	private final SecondaryIndexes indexes;

	FeedIndexes(SecondaryIndexes indexes) {
		this.indexes = indexes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		String entries = FeedEntry.COLLECTION;
		indexes.ensure(entries, new Index("coalitionId", Direction.ASC).on("occurredAt", Direction.DESC));
		indexes.ensure(entries, new Index("subjectId", Direction.ASC).on("occurredAt", Direction.DESC).sparse());
		indexes.ensure(entries, new Index("ref", Direction.ASC).sparse());
		indexes.ensure(entries, new Index("occurredAt", Direction.ASC));
		indexes.ensure(entries, new Index("type", Direction.ASC).on("pending", Direction.ASC));
	}
}
