package org.coalitions.notification.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which coalition's activity changed lately, shared by every instance of the service through the store: each
 * instance applies the events of the partitions it owns, but a dashboard may be connected to any instance, so
 * every instance's live stream reads here what the others applied.
 * <p>
 * One document per coalition with a revision counted up at each change: a stream sends a coalition again only
 * for a revision it has not sent. Times are each machine's wall clock (not the application's clock), so the look
 * back ({@link #RECENT}) is also the clock difference between machines this tolerates.
 */
@Component
class ActivityChanges {

	/** How far back a look for the others' changes goes. */
	static final Duration RECENT = Duration.ofSeconds(30);

	private final MongoOperations mongo;

	ActivityChanges(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Document(ActivityChange.COLLECTION)
	record ActivityChange(String id, long revision, Instant changedAt) {

		static final String COLLECTION = "activity_changes";
	}

	/**
	 * Notes the changes of one applied batch: one unordered bulk write, whatever their number (a round trip per
	 * coalition made the activity group the pipeline's slowest).
	 */
	void record(Collection<String> coalitionIds) {
		if (coalitionIds.isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		BulkOperations notes = mongo.bulkOps(BulkMode.UNORDERED, ActivityChange.COLLECTION);
		coalitionIds.forEach(coalitionId -> notes.upsert(Query.query(Criteria.where("_id").is(coalitionId)),
				new Update().inc("revision", 1).set("changedAt", now)));
		notes.execute();
	}

	/** The latest changes of these coalitions, with their revisions. */
	List<ActivityChange> of(Collection<String> coalitionIds) {
		return mongo.find(Query.query(Criteria.where("_id").in(coalitionIds)), ActivityChange.class);
	}

	/** The changes of the last {@link #RECENT} seconds, by any instance. */
	List<ActivityChange> recent() {
		return mongo.find(Query.query(Criteria.where("changedAt").gte(Instant.now().minus(RECENT))),
				ActivityChange.class);
	}
}
