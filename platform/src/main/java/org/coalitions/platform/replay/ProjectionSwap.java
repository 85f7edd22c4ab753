package org.coalitions.platform.replay;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * Replaces a live projection with its rebuilt documents. Only while no live consumer writes to it: {@link Replay}
 * checks that first.
 */
final class ProjectionSwap {

	private ProjectionSwap() {
	}

	/**
	 * The live collection takes every rebuilt document, with the live document's live-only fields, and loses the
	 * documents the rebuild did not make (unless the service makes documents of its own there). Documents told at the
	 * time are not the rebuild's to replace: the live ones stay, the rebuilt ones are not copied. The rebuilt
	 * applied-event ids come along: the live consumers, started again from their own committed offsets, will meet
	 * events the rebuild applied and must pass them over.
	 */
	static void swap(MongoClient mongo, Projections.Projection projection, String liveDatabase, String scratchDatabase) {
		MongoCollection<Document> live = mongo.getDatabase(liveDatabase).getCollection(projection.collection());
		List<Object> ids = new ArrayList<>();
		for (Document rebuilt : mongo.getDatabase(scratchDatabase).getCollection(projection.collection()).find()) {
			if (projection.toldAtTheTime(rebuilt)) {
				continue;
			}
			Object id = rebuilt.get("_id");
			ids.add(id);
			Document current = live.find(Filters.eq("_id", id)).first();
			for (String field : projection.liveOnlyFields()) {
				if (current != null && current.containsKey(field)) {
					rebuilt.put(field, current.get(field));
				}
			}
			live.replaceOne(Filters.eq("_id", id), rebuilt, new ReplaceOptions().upsert(true));
		}
		if (!projection.liveMadeDocuments()) {
			Projections.Selection told = projection.toldAtTheTime();
			live.deleteMany(told == null ? Filters.nin("_id", ids)
					: Filters.and(Filters.nin("_id", ids), Filters.nin(told.field(), told.values())));
		}
	}
}
