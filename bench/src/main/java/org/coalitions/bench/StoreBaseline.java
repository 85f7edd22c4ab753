package org.coalitions.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * The store's own limit for the pipeline's work: a plain MongoDB driver doing, to the same server, the writes
 * notification-service's consumer groups do for the drained backlog, in the same bulk sizes and with as many writers
 * at once. For each poll of {@link #BATCH} events: the feed group's unordered insert of one entry per event, the
 * journal group's unordered insert of one entry per event, and the activity group's unordered bulk of one
 * conditional upsert per coalition (counts, last activity, the applied event ids, matching only if none was applied
 * before). The entries are copies of what the drain itself wrote (read back from notification-service's database),
 * under new ids, in a scratch database dropped afterwards. Like the pipeline's, the baseline's rate is its slowest
 * writer's: every event goes through all of them.
 */
final class StoreBaseline {

	/** A batch listener's poll: {@code coalitions.consumer.batch-size}. */
	static final int BATCH = 2_000;

	/** Listener concurrency (the platform's {@code spring.kafka.listener.concurrency}): writers of each kind. */
	static final int WRITERS = 2;

	static final String SCRATCH = "bench-store-baseline";

	record Writer(String kind, long events, double seconds, double perSecond) {
	}

	record Result(String store, int events, int batch, int writersPerKind, List<Writer> writers,
			double perSecond) {
	}

	static void run(Stack stack, int events) throws Exception {
		try (MongoClient client = MongoClients.create(stack.mongo())) {
			MongoDatabase service = client.getDatabase(DigestBenchmark.DATABASE);
			List<Document> feedTemplates = sample(service.getCollection("feed_entries"));
			List<Document> journalTemplates = sample(service.getCollection("coalition_journal"));
			if (feedTemplates.isEmpty() || journalTemplates.isEmpty()) {
				throw new IllegalStateException("no drained feed or journal entries to copy: run the drain first");
			}
			MongoDatabase scratch = client.getDatabase(SCRATCH);
			scratch.drop();
			System.out.printf("bench: the store's own limit: %,d events in polls of %,d, %d writers per kind, to %s%n",
					events, BATCH, WRITERS, stack.store());
			ExecutorService pool = Executors.newFixedThreadPool(3 * WRITERS);
			Map<String, List<Future<Double>>> byKind = new LinkedHashMap<>();
			int share = events / WRITERS;
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				byKind.computeIfAbsent("feed", k -> new ArrayList<>())
					.add(pool.submit(() -> inserts(scratch.getCollection("feed_entries"), feedTemplates, "f" + writer, share)));
				byKind.computeIfAbsent("journal", k -> new ArrayList<>())
					.add(pool.submit(() -> inserts(scratch.getCollection("coalition_journal"), journalTemplates,
							"j" + writer, share)));
				byKind.computeIfAbsent("activity", k -> new ArrayList<>())
					.add(pool.submit(() -> upserts(scratch.getCollection("coalition_activity"), writer, share)));
			}
			List<Writer> writers = new ArrayList<>();
			for (Map.Entry<String, List<Future<Double>>> kind : byKind.entrySet()) {
				double slowest = 0;
				for (Future<Double> seconds : kind.getValue()) {
					slowest = Math.max(slowest, seconds.get());
				}
				long done = (long) share * WRITERS;
				writers.add(new Writer(kind.getKey(), done, slowest, done / slowest));
			}
			pool.shutdown();
			scratch.drop();
			double perSecond = writers.stream().mapToDouble(Writer::perSecond).min().orElse(0);
			System.out.printf("bench: the store's own limit: %,.0f events/s (%s)%n", perSecond, writers);
			Json.write(stack.results().resolve("pipeline-store.json"),
					new Result(stack.store(), share * WRITERS, BATCH, WRITERS, writers, perSecond));
		}
	}

	/** Entries the drain wrote for the backlog's coalitions. */
	private static List<Document> sample(MongoCollection<Document> collection) {
		return collection.find(new Document("coalitionId", new Document("$regex", "^bench-coalition-")))
			.limit(BATCH)
			.into(new ArrayList<>());
	}

	/** One writer's share of a feed or journal group's work: a poll's entries at a time; its seconds. */
	private static double inserts(MongoCollection<Document> collection, List<Document> templates, String writer,
			int events) {
		long start = System.nanoTime();
		for (int done = 0, poll = 0; done < events; poll++) {
			int size = Math.min(BATCH, events - done);
			List<Document> entries = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				Document entry = new Document(templates.get((done + i) % templates.size()));
				entry.put("_id", writer + "-" + poll + "-" + i);
				entries.add(entry);
			}
			collection.insertMany(entries, new InsertManyOptions().ordered(false));
			done += size;
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * One writer's share of the activity group's work: per poll, the events grouped by coalition, one conditional
	 * upsert each, in one unordered bulk write; its seconds. Each writer has its own half of the backlog's 1,000
	 * coalitions, as each consumer has its own partitions (events are keyed by coalition).
	 */
	private static double upserts(MongoCollection<Document> collection, int writer, int events) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long start = System.nanoTime();
		for (int done = 0, poll = 0; done < events; poll++) {
			int size = Math.min(BATCH, events - done);
			Map<String, List<String>> idsByCoalition = new LinkedHashMap<>();
			for (int i = 0; i < size; i++) {
				idsByCoalition
					.computeIfAbsent("bench-coalition-%04d".formatted(
							writer + WRITERS * random.nextInt(PipelineBenchmark.COALITIONS / WRITERS)),
							k -> new ArrayList<>())
					.add("a" + writer + "-" + poll + "-" + i);
			}
			Instant now = Instant.now();
			String day = now.atZone(ZoneOffset.UTC).toLocalDate().toString();
			List<WriteModel<Document>> updates = new ArrayList<>(idsByCoalition.size());
			idsByCoalition.forEach((coalitionId, ids) -> updates.add(new UpdateOneModel<>(
					new Document("_id", coalitionId).append("appliedEvents", new Document("$nin", ids)),
					new Document("$inc", new Document("events", ids.size()).append("eventsByDay." + day, ids.size()))
						.append("$max", new Document("lastActivityAt", Date.from(now)))
						.append("$push", new Document("appliedEvents",
								new Document("$each", ids).append("$slice", -500))),
					new UpdateOptions().upsert(true))));
			collection.bulkWrite(updates, new BulkWriteOptions().ordered(false));
			done += size;
		}
		return (System.nanoTime() - start) / 1e9;
	}
}
