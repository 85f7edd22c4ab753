package org.coalitions.platform.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event's effect to one document exactly once. The document remembers the ids of the last events
 * applied to it in its {@value #FIELD} field, written in the same single-document write as the effect, so a
 * redelivered event changes nothing. That needs no multi-document transaction, so it holds on the embedded store
 * and on a real MongoDB alike. Two ways to that one write: a conditional update that matches only if the event id
 * is not yet there ({@link #applyOnce}), or an aggregate that is loaded, changed and saved whole keeping the ids
 * in a field of that name ({@link #remember}).
 */
public final class AppliedEvents {

	public static final String FIELD = "appliedEvents";

	/**
	 * How many event ids a document remembers. Redeliveries come from uncommitted offsets after a rebalance or
	 * restart, so they are among a document's most recent events.
	 */
	public static final int REMEMBERED = 500;

	private AppliedEvents() {
	}

	/**
	 * Applies the update to the document with the given id, creating it if it does not exist, unless the event
	 * was applied to it before.
	 * @return true if the update took effect now, false if the event had already been applied
	 */
	public static boolean applyOnce(MongoOperations mongo, String collection, Object id, String eventId,
			Update update) {
		Query notYetApplied = Query.query(Criteria.where("_id").is(id).and(FIELD).ne(eventId));
		update.push(FIELD).slice(-REMEMBERED).each(eventId);
		try {
			UpdateResult result = mongo.upsert(notYetApplied, update, collection);
			return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (DuplicateKeyException alreadyApplied) {
			// the document exists and the filter did not match it: the upsert's insert collided with it
			return false;
		}
	}

	/**
	 * Remembers an event as applied to an aggregate that keeps the ids in {@code applied} (stored as {@value
	 * #FIELD}) and saves them with the effect; forgets the oldest beyond {@link #REMEMBERED}, as {@link
	 * #applyOnce} does.
	 * @return false if the event was applied before: the caller applies nothing
	 */
	public static boolean remember(List<String> applied, String eventId) {
		if (applied.contains(eventId)) {
			return false;
		}
		applied.add(eventId);
		if (applied.size() > REMEMBERED) {
			applied.subList(0, applied.size() - REMEMBERED).clear();
		}
		return true;
	}

	/**
	 * The operations of an unordered bulk write that failed on a duplicate key: in a write keyed or conditioned
	 * by event ids, the effects of events applied before.
	 * @throws BulkOperationException the failure itself when any operation failed for another reason
	 */
	public static Set<Integer> alreadyApplied(BulkOperationException failure) {
		Set<Integer> indexes = new HashSet<>();
		for (BulkWriteError error : failure.getErrors()) {
			if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
				throw failure;
			}
			indexes.add(error.getIndex());
		}
		return indexes;
	}
}
