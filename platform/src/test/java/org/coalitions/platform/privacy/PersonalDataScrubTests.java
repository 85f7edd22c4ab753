package org.coalitions.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.coalitions.infra.MongoStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety net against the real store (the embedded one, or {@code MONGODB_URI}). */
class PersonalDataScrubTests {

	static final Set<String> NAMES = Set.of("Ada Lovelace", "Ada");

	static final Set<String> ADDRESSES = Set.of("ada@example.org");

	final String uri = MongoStore.newDatabaseUri("scrub");

	final MongoClient mongo = MongoClients.create(uri);

	final MongoDatabase database = mongo.getDatabase(uri.substring(uri.lastIndexOf('/') + 1).replaceFirst("\\?.*", ""));

	@AfterEach
	void close() {
		database.drop();
		mongo.close();
	}

	@Test
	void namesAndAddressesLeaveEveryCollectionAndEveryNestedValue() {
		insert("threads", new Document("_id", "t1").append("posts", List.of(
				new Document("authorName", "Ada Lovelace").append("text", "First draft"),
				new Document("authorName", "Grace").append("text", "Thanks @Ada Lovelace, and ADA too."))));
		insert("rosters", new Document("_id", "c1").append("outbox", List.of(new Document("data",
				"{\"displayName\":\"Ada Lovelace\",\"email\":\"ada@example.org\"}"))));
		insert("outcome_documents.files", new Document("_id", "f1").append("metadata",
				new Document("uploadedByName", "Ada").append("names", new Document("Ada", 1))));
		insert("mail_queue", new Document("_id", "m1").append("to", "ada@example.org")
			.append("text", "Dear Ada Lovelace, write to ada@example.org"));

		int changed = PersonalDataScrub.scrub(database, NAMES, ADDRESSES);

		assertThat(changed).isEqualTo(4);
		assertThat(everything()).doesNotContainPattern("(?i)\\bada\\b").doesNotContain("example.org");
		assertThat(one("threads", "t1").getList("posts", Document.class)).containsExactly(
				new Document("authorName", "a former member").append("text", "First draft"),
				new Document("authorName", "Grace").append("text", "Thanks a former member, and a former member too."));
		assertThat(one("mail_queue", "m1")).isEqualTo(new Document("_id", "m1").append("to", "")
			.append("text", "Dear a former member, write to "));
		assertThat(one("outcome_documents.files", "f1").get("metadata", Document.class))
			.isEqualTo(new Document("uploadedByName", "a former member").append("names",
					new Document("a former member", 1)));
	}

	@Test
	void onlyWholeWordsAreReplacedAndIdsNeverChange() {
		insert("people", new Document("_id", "Ada").append("text", "Adam, Adalbert and Canada stay; mada@example.org too")
			.append("count", 3));

		int changed = PersonalDataScrub.scrub(database, NAMES, ADDRESSES);

		assertThat(changed).isZero();
		assertThat(one("people", "Ada")).isEqualTo(new Document("_id", "Ada")
			.append("text", "Adam, Adalbert and Canada stay; mada@example.org too")
			.append("count", 3));
	}

	@Test
	void aVersionedDocumentTakesANewVersionSoAStaleSaveFailsItsLock() {
		insert("threads", new Document("_id", "t1").append("version", 4L).append("authorName", "Ada"));

		PersonalDataScrub.scrub(database, NAMES, ADDRESSES);

		assertThat(one("threads", "t1")).isEqualTo(new Document("_id", "t1").append("version", 5L)
			.append("authorName", "a former member"));
		// A save from a read taken before the scrub, as Spring Data's optimistic lock writes it: it matches nothing.
		var stale = database.getCollection("threads")
			.replaceOne(Filters.and(Filters.eq("_id", "t1"), Filters.eq("version", 4L)),
					new Document("_id", "t1").append("version", 5L).append("authorName", "Ada"));
		assertThat(stale.getMatchedCount()).isZero();
	}

	@Test
	void blankAndOneLetterNamesAreLeftOutRatherThanReplacingOrdinaryWords() {
		insert("notes", new Document("_id", "n1").append("text", "a b c"));

		assertThat(PersonalDataScrub.scrub(database, Set.of(" ", "a"), Set.of())).isZero();
		assertThat(one("notes", "n1").getString("text")).isEqualTo("a b c");
	}

	@Test
	void aPersonsNamesAndAddressesAreLearnedFromTheFieldsBesideTheirIdOnly() {
		insert("threads", new Document("_id", "t1").append("coalitionName", "Canada Coalition").append("opening",
				new Document("authorId", "p1").append("authorName", "Ada L.").append("text", "Hello"))
			.append("replies", List.of(new Document("authorId", "p2").append("authorName", "Grace"))));
		insert("people", new Document("_id", "p1").append("name", "Ada Lovelace").append("email", "ada@example.org"));
		insert("coalition_roster", new Document("_id", "c1").append("members", new Document("p1", "COORDINATOR"))
			.append("names", new Document("p1", "Ada").append("p2", "Grace")));
		insert("mail_queue", new Document("_id", "m1").append("personId", "p1").append("toAddress", "x@example.org"));

		PersonalDataScrub.Found found = PersonalDataScrub.find(database, "p1");

		assertThat(found.names()).containsExactlyInAnyOrder("Ada L.", "Ada Lovelace", "Ada");
		assertThat(found.addresses()).containsExactly("ada@example.org");
	}

	@Test
	void aTextIsScrubbedTheSameWay() {
		assertThat(PersonalDataScrub.scrubText("@ada lovelace: see ada@example.org", NAMES, ADDRESSES))
			.isEqualTo("a former member: see ");
	}

	private void insert(String collection, Document document) {
		database.getCollection(collection).insertOne(document);
	}

	private Document one(String collection, String id) {
		return database.getCollection(collection).find(Filters.eq("_id", id)).first();
	}

	private String everything() {
		List<String> all = new ArrayList<>();
		for (String name : database.listCollectionNames()) {
			database.getCollection(name).find().forEach(document -> all.add(document.toJson()));
		}
		return String.join("\n", all);
	}
}
