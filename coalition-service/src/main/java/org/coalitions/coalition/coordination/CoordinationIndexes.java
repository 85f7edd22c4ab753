package org.coalitions.coalition.coordination;

import org.coalitions.platform.persistence.SecondaryIndexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * A coalition's threads and meetings are read by coalition, newest first: indexed so on a real MongoDB. The
 * embedded wire-protocol server of the local stack ignores these indexes and scans.
 */
@Component
class CoordinationIndexes {

	private final SecondaryIndexes indexes;

	CoordinationIndexes(SecondaryIndexes indexes) {
		this.indexes = indexes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		indexes.ensure(DiscussionThread.class, new Index("coalitionId", Direction.ASC).on("lastPostAt", Direction.DESC));
		indexes.ensure(Meeting.class, new Index("coalitionId", Direction.ASC).on("startsAt", Direction.DESC));
	}
}
