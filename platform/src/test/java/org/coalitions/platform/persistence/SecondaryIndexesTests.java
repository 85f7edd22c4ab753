package org.coalitions.platform.persistence;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

class SecondaryIndexesTests {

	private final MongoOperations mongo = mock(MongoOperations.class);

	private final IndexOperations indexOps = mock(IndexOperations.class);

	private final Index index = new Index("coalitionId", Sort.Direction.ASC);

	@Test
	void createsTheIndexForAStoreThatUsesThem() {
		when(mongo.indexOps("feed_entries")).thenReturn(indexOps);
		new SecondaryIndexes(mongo, true).ensure("feed_entries", index);
		verify(indexOps).createIndex(index);
	}

	@Test
	void asksNothingOfAStoreThatIgnoresThem() {
		new SecondaryIndexes(mongo, false).ensure("feed_entries", index);
		verify(mongo, never()).indexOps(any(String.class));
	}
}
