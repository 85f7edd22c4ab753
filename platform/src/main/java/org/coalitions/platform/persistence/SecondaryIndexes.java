package org.coalitions.platform.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Creates the non-unique indexes that the services' reads need on a real MongoDB, unless the store is known to
 * ignore them ({@link StoreProperties#secondaryIndexes()}). Unique indexes enforce rules and are created with
 * {@code indexOps} directly, always.
 */
public class SecondaryIndexes {

	private static final Logger log = LoggerFactory.getLogger(SecondaryIndexes.class);

	private final MongoOperations mongo;

	private final boolean enabled;

	public SecondaryIndexes(MongoOperations mongo, boolean enabled) {
		this.mongo = mongo;
		this.enabled = enabled;
		if (!enabled) {
			log.info("Secondary indexes are not created (coalitions.store.secondary-indexes=false): the store scans");
		}
	}

	/** @param index a non-unique index of the collection */
	public void ensure(String collection, Index index) {
		if (enabled) {
			mongo.indexOps(collection).createIndex(index);
		}
	}

	/** @param index a non-unique index of the entity's collection */
	public void ensure(Class<?> entity, Index index) {
		ensure(mongo.getCollectionName(entity), index);
	}
}
