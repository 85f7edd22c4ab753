package org.coalitions.platform.replay;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.coalitions.infra.MongoStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Swapping against the real store (the embedded one, or {@code MONGODB_URI}): two databases of one server. */
class ProjectionSwapTests {

	final String uri = MongoStore.newDatabaseUri("swap");

	final MongoClient mongo = MongoClients.create(uri);

	final String live = uri.substring(uri.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");

	final String scratch = live + "-replay-1";

	@AfterEach
	void close() {
		mongo.getDatabase(live).drop();
		mongo.getDatabase(scratch).drop();
		mongo.close();
	}

	@Test
	void theLiveProjectionTakesTheRebuiltDocumentsAndLosesTheOnesTheRebuildDidNotMake() {
		insert(live, "feed", new Document("_id", "a").append("title", "stale"), new Document("_id", "gone"));
		insert(scratch, "feed", new Document("_id", "a").append("title", "fresh").append("appliedEvents", List.of("e1")),
				new Document("_id", "b").append("title", "new"));

		ProjectionSwap.swap(mongo, Projections.Projection.of("feed"), live, scratch);

		assertThat(documents(live, "feed")).containsExactlyInAnyOrder(
				new Document("_id", "a").append("title", "fresh").append("appliedEvents", List.of("e1")),
				new Document("_id", "b").append("title", "new"));
	}

	@Test
	void liveOnlyFieldsAndDocumentsTheServiceMadeItselfAreKept() {
		insert(live, "people", new Document("_id", "p1").append("name", "Old").append("readIds", List.of("f1")),
				new Document("_id", "signed-in").append("secretariat", true));
		insert(scratch, "people", new Document("_id", "p1").append("name", "New"));

		ProjectionSwap.swap(mongo, Projections.Projection.alsoWrittenByTheService("people", "readIds", "secretariat"),
				live, scratch);

		assertThat(documents(live, "people")).containsExactlyInAnyOrder(
				new Document("_id", "p1").append("name", "New").append("readIds", List.of("f1")),
				new Document("_id", "signed-in").append("secretariat", true));
	}

	@Test
	void documentsToldAtTheTimeStayAsTheyWereLiveAndAreNotTakenFromTheRebuild() {
		insert(live, "feed", new Document("_id", "e1").append("type", "posted").append("title", "stale"),
				new Document("_id", "e1:p1").append("type", "mentioned"), new Document("_id", "gone").append("type", "x"));
		insert(scratch, "feed", new Document("_id", "e1").append("type", "posted").append("title", "fresh"),
				new Document("_id", "e1:p2").append("type", "mentioned"));

		ProjectionSwap.swap(mongo, Projections.Projection.of("feed").toldAtTheTime("type", "mentioned"), live, scratch);

		assertThat(documents(live, "feed")).containsExactlyInAnyOrder(
				new Document("_id", "e1").append("type", "posted").append("title", "fresh"),
				new Document("_id", "e1:p1").append("type", "mentioned"));
	}

	private void insert(String database, String collection, Document... documents) {
		mongo.getDatabase(database).getCollection(collection).insertMany(List.of(documents));
	}

	private List<Document> documents(String database, String collection) {
		return mongo.getDatabase(database).getCollection(collection).find().into(new ArrayList<>());
	}
}
