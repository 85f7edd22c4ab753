package org.coalitions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

/**
 * The digest run, scaled: {@code fill} empties notification-service's feed and writes people and feed entries
 * straight into its database (the shapes of {@code Person}, {@code FeedEntry}, {@code CoalitionName}) while it is stopped, every
 * person a daily reader whose last day's digest is due, and moves its consumer groups past any backlog so that
 * the digest runs alone; {@code measure} then reads its log for the run ("Digest run done: N people checked").
 * Start and end come from the log's timestamps: the run starts one check interval after the scheduler starts.
 */
final class DigestBenchmark {

	static final String DATABASE = "notification-service";

	static final int MEMBERSHIPS = 3;

	private static final Pattern DONE = Pattern.compile(
			"^(\\S+)\\s.*Digest run done: (\\d+) people checked, (\\d+) digests queued");

	private static final Pattern STARTED = Pattern.compile("^(\\S+)\\s.*Started \\S+ in ");

	record Filled(int people, int entries, int coalitions, double seconds) {
	}

	/**
	 * Peak heap comes from the Flight Recorder summary of the same run ({@code profile-digest-...}).
	 * {@code failure}: why the run did not finish (the scheduler's error, and the Mongo server's, if any).
	 */
	record Run(int people, int entries, int checked, int queued, double seconds, String failure) {
	}

	public static void main(String[] args) throws Exception {
		Stack stack = Stack.fromEnvironment();
		int people = Integer.parseInt(System.getenv().getOrDefault("BENCH_DIGEST_PEOPLE", "10000"));
		int entries = Integer.parseInt(System.getenv().getOrDefault("BENCH_DIGEST_EVENTS", "1000000"));
		switch (args[0]) {
			case "fill" -> fill(stack, people, entries);
			case "measure" -> measure(stack, people, entries, Duration.ofSeconds(
					Integer.parseInt(System.getenv().getOrDefault("BENCH_DIGEST_SECONDS", "300"))));
			default -> throw new IllegalArgumentException("usage: DigestBenchmark fill|measure");
		}
	}

	static void fill(Stack stack, int people, int entries) throws Exception {
		int coalitions = Math.max(1, people / 10);
		// the period that is due: the day up to 07:00 UTC (the default hour) today, or yesterday before 07:00
		Instant periodEnd = LocalDateTime.now(ZoneOffset.UTC).withHour(7).truncatedTo(ChronoUnit.HOURS)
			.toInstant(ZoneOffset.UTC);
		if (periodEnd.isAfter(Instant.now())) {
			periodEnd = periodEnd.minus(Duration.ofDays(1));
		}
		Instant periodStart = periodEnd.minus(Duration.ofDays(1));
		long start = System.nanoTime();
		try (MongoClient client = MongoClients.create(stack.mongo())) {
			MongoDatabase db = client.getDatabase(DATABASE);
			// the run is over the 1,000,000 entries, not over what the benchmarks before it left in the feed
			// as well (the drain's 400,000: the embedded store scans the whole feed for a period)
			db.getCollection("feed_entries").drop();
			List<Document> names = new ArrayList<>();
			for (int c = 0; c < coalitions; c++) {
				names.add(new Document("_id", coalitionId(c)).append("name", "Digest coalition " + c));
			}
			db.getCollection("feed_coalitions").insertMany(names);
			List<Document> batch = new ArrayList<>();
			MongoCollection<Document> feed = db.getCollection("feed_entries");
			long span = Duration.between(periodStart, periodEnd).toMillis();
			for (int i = 0; i < entries; i++) {
				int c = i % coalitions;
				batch.add(new Document("_id", "digest-entry-" + i).append("coalitionId", coalitionId(c))
					.append("type", "thread-started")
					.append("category", "THREADS")
					.append("title", "Member " + i + " started the thread \u201cDigest thread " + i + "\u201d")
					.append("actorId", "digest-person-" + (i % people))
					.append("occurredAt", new Date(periodStart.toEpochMilli() + span * i / entries))
					.append("audience", "MEMBERS")
					.append("ref", "t" + i)
					.append("link", "/#/coalitions/" + coalitionId(c)));
				if (batch.size() == 1000) {
					feed.insertMany(batch, new InsertManyOptions().ordered(false));
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				feed.insertMany(batch, new InsertManyOptions().ordered(false));
			}
			List<Document> persons = new ArrayList<>();
			Date since = Date.from(periodStart.minus(Duration.ofDays(30)));
			for (int p = 0; p < people; p++) {
				Document memberships = new Document();
				for (int m = 0; m < MEMBERSHIPS; m++) {
					memberships.append(coalitionId((p + m * 7) % coalitions),
							new Document("role", m == 0 && p % 10 == 0 ? "COORDINATOR" : "MEMBER").append("since", since));
				}
				persons.add(new Document("_id", "digest-person-" + p).append("displayName", "Digest Person " + p)
					.append("email", "digest-person-" + p + "@coalitions.example")
					.append("timeZone", "UTC")
					.append("digest", "DAILY")
					.append("coalitions", memberships)
					.append("createdAt", since));
			}
			db.getCollection("people").insertMany(persons);
		}
		skipBacklog(stack);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("bench: filled %,d people, %,d feed entries over %d coalitions in %.1f s%n", people, entries,
				coalitions, seconds);
		Json.write(stack.results().resolve("digest-fill.json"), new Filled(people, entries, coalitions, seconds));
	}

	private static String coalitionId(int c) {
		return "digest-coalition-%04d".formatted(c);
	}

	/** notification-service's groups start at the end of the topics: the digest runs without a backlog beside it. */
	private static void skipBacklog(Stack stack) throws ExecutionException, InterruptedException {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
		try (Admin admin = Admin.create(config)) {
			for (String group : ConsumerLag.GROUPS) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get();
				if (committed.isEmpty()) {
					continue;
				}
				Map<TopicPartition, OffsetAndMetadata> ends = admin
					.listOffsets(committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
					.all()
					.get()
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
				admin.alterConsumerGroupOffsets(group, ends).all().get();
			}
		}
	}

	static void measure(Stack stack, int people, int entries, Duration limit) throws IOException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			Instant started = null;
			for (String line : Files.readAllLines(stack.log("notification-service"))) {
				Matcher start = STARTED.matcher(line);
				if (start.find()) {
					started = Instant.parse(start.group(1));
				}
				Matcher done = DONE.matcher(line);
				if (done.find() && started != null && Integer.parseInt(done.group(2)) >= people) {
					// the first run begins one check interval (5 s) after the application started
					double seconds = Duration.between(started.plusSeconds(5), Instant.parse(done.group(1))).toMillis()
							/ 1000.0;
					Run run = new Run(people, entries, Integer.parseInt(done.group(2)), Integer.parseInt(done.group(3)),
							seconds, null);
					System.out.printf("bench: digest run of %,d people over %,d entries: %.1f s%n", run.checked(),
							entries, seconds);
					Json.write(stack.results().resolve("digest.json"), run);
					return;
				}
			}
			ClosedLoad.sleep(Duration.ofSeconds(2));
		}
		String failure = failure(stack);
		System.out.println("bench: no digest run finished within " + limit.toSeconds() + " s: " + failure);
		Json.write(stack.results().resolve("digest.json"), new Run(people, entries, 0, 0, -1, failure));
	}

	/** The first error of the digest scheduler and of the Mongo server, if they logged one. */
	private static String failure(Stack stack) throws IOException {
		List<String> found = new ArrayList<>();
		List<String> service = Files.readAllLines(stack.log("notification-service"));
		for (int i = 0; i < service.size() - 2; i++) {
			if (service.get(i).contains("Unexpected error occurred in scheduled task")) {
				found.add("notification-service: " + service.get(i + 2).trim());
				break;
			}
		}
		Files.readAllLines(stack.log("mongo"))
			.stream()
			.filter(line -> line.contains("OutOfMemoryError"))
			.findFirst()
			.ifPresent(line -> found.add("mongo: " + line.trim()));
		return found.isEmpty() ? "none logged" : String.join("; ", found);
	}
}
