package org.coalitions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.JsonNode;

/**
 * Writes {@code docs/performance.md} from the raw results of one run: the summary against the targets,
 * one section per benchmark, the machine, and the hand-written analysis in {@code bench/analysis.md} (what bounds
 * each missed target, what profiling showed), plus {@code bench/results/latency.svg}. A benchmark without
 * results is reported as not run.
 */
final class Report {

	private final Path results;

	private final StringBuilder md = new StringBuilder();

	private final List<String> summary = new ArrayList<>();

	/** {@code bench/results/summary.json}: the figures of this run, by the names. */
	private final Map<String, Object> figures = new LinkedHashMap<>();

	private Report(Path results) {
		this.results = results;
	}

	public static void main(String[] args) throws IOException {
		Stack stack = Stack.fromEnvironment();
		Report report = new Report(stack.results());
		String body = report.sections(stack);
		StringBuilder out = new StringBuilder();
		out.append("# Performance\n\n");
		out.append("Written by `bench/run` (see the README, \"Benchmarks\") from the raw results in `bench/results/`; "
				+ "every figure is compared with a baseline measured in the same run on the same machine.\n\n");
		out.append(report.machine());
		out.append("## Summary\n\n| Benchmark | Measured | Baseline (same run) | Target | Met? |\n|---|---|---|---|---|\n");
		report.writeFigures(stack);
		report.summary.forEach(row -> out.append(row).append('\n'));
		out.append('\n').append(body);
		Path analysis = stack.repo().resolve("bench/analysis.md");
		if (Files.exists(analysis)) {
			out.append(Files.readString(analysis));
		}
		Path doc = stack.repo().resolve("docs/performance.md");
		Files.writeString(doc, out.toString());
		System.out.println("bench: wrote " + doc);
	}

	/** The figures of the latest run, each under the key; a benchmark not run gives null. */
	private void writeFigures(Stack stack) {
		Map<String, Object> all = new LinkedHashMap<>();
		for (String key : List.of("pipeline_ratio_to_store", "pipeline_ratio_to_kafka", "floor_p50_ms", "floor_p99_ms",
				"p99_ms_at_100", "unseen_at_100", "list_ratio_to_bare", "join_conflicts", "digest_seconds",
				"digest_peak_heap_mb", "idle_rss_mb_max", "startup_s_max")) {
			all.put(key, figures.get(key));
		}
		JsonNode run = Json.read(results.resolve("run.json"));
		all.put("store", run == null ? stack.store() : run.path("store").asString(stack.store()));
		all.put("measured_at", measuredAt(run).toString());
		Json.write(results.resolve("summary.json"), all);
	}

	private static double round(double value, int places) {
		double scale = Math.pow(10, places);
		return Math.round(value * scale) / scale;
	}

	private String machine() {
		JsonNode run = Json.read(results.resolve("run.json"));
		StringBuilder text = new StringBuilder("## The machine and the run\n\n");
		text.append(f("- Date: %s%n", measuredAt(Json.read(results.resolve("run.json"))).atZone(ZoneOffset.UTC)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
		text.append(f("- CPU: %d cores (`nproc`), shared with the whole stack and the load generators%n",
				Runtime.getRuntime().availableProcessors()));
		text.append(f("- Memory: %s%n", memTotal()));
		text.append(f("- Store: **%s** (%s)%n", run == null ? "?" : run.path("store").asString("embedded"),
				run != null && "mongodb".equals(run.path("store").asString()) ? "a MongoDB at `MONGODB_URI`"
						: "mongo-java-server on H2, the wire-protocol server `infra/stack` starts; not a real MongoDB"));
		text.append(f("- Java: %s %s (the services, the bare endpoint and the load generators); services and bare endpoint with `infra/service-jvm.args`, -Xms32m -Xmx384m%n",
				System.getProperty("java.vm.name"), System.getProperty("java.runtime.version")));
		if (run != null) {
			text.append(f("- Load average (1, 5, 15 min) when the benchmarks began: %s; when they ended: %s%n",
					run.path("loadBefore").asString("?"), run.path("loadAfter").asString("?")));
			text.append(f("- `infra/stack up` (Kafka, Mongo wire-protocol server, Keycloak, GreenMail, three services, web, demo data): %s s%n",
					run.path("stackUpSeconds").asString("?")));
		}
		return text.append('\n').toString();
	}

	private String sections(Stack stack) throws IOException {
		pipeline();
		floor();
		endToEnd();
		api();
		footprint();
		digest();
		profiles();
		return md.toString();
	}

	/** Every Flight Recorder summary of the run, by library and by hottest method. */
	private void profiles() throws IOException {
		List<Path> files;
		try (var listing = Files.list(results)) {
			files = listing.filter(file -> file.getFileName().toString().matches("profile-.*\\.json")).sorted().toList();
		}
		if (files.isEmpty()) {
			return;
		}
		md.append("## Profiles\n\nJava Flight Recorder (`jcmd PID JFR.start settings=profile`) on the process named, "
				+ "during the benchmark named; execution samples counted by the library of the first non-JDK frame, "
				+ "by top frame, and by our own frame nearest the top. Read them as shares of where the CPU went.\n\n");
		for (Path file : files) {
			JsonNode profile = Json.read(file);
			long samples = Math.max(1, profile.path("samples").asLong());
			md.append(f("### %s%n%n%,d execution samples; the process used %.0f %% of the machine's CPU on average, "
					+ "the machine as a whole %.0f %%.%n%n| Library | Share |%n|---|---:|%n",
					file.getFileName().toString().replaceAll("^profile-|\\.json$", ""), profile.path("samples").asLong(),
					100 * profile.path("processCpu").asDouble(), 100 * profile.path("machineCpu").asDouble()));
			profile.path("byLibrary").properties().stream().limit(8).forEach(entry ->
					md.append(f("| %s | %.0f %% |%n", entry.getKey(), 100.0 * entry.getValue().asLong() / samples)));
			md.append("\n| Hottest methods (top frame) | Share |\n|---|---:|\n");
			profile.path("topFrames").properties().stream().limit(8).forEach(entry ->
					md.append(f("| `%s` | %.0f %% |%n", entry.getKey(), 100.0 * entry.getValue().asLong() / samples)));
			md.append("\n| Our code nearest the top | Share |\n|---|---:|\n");
			profile.path("topOwnFrames").properties().stream().limit(6).forEach(entry ->
					md.append(f("| `%s` | %.0f %% |%n", entry.getKey(), 100.0 * entry.getValue().asLong() / samples)));
			md.append('\n');
		}
	}

	private void pipeline() {
		JsonNode raw = Json.read(results.resolve("pipeline-raw.json"));
		JsonNode drain = Json.read(results.resolve("pipeline.json"));
		JsonNode produced = Json.read(results.resolve("pipeline-produce.json"));
		JsonNode store = Json.read(results.resolve("pipeline-store.json"));
		md.append("## 1. Event pipeline throughput\n\n");
		if (raw == null || drain == null || produced == null) {
			md.append("Not run.\n\n");
			summary.add("| 1. Event pipeline | not run | | ≥ 0.7 of the store's own rate | not measured |");
			return;
		}
		double rawRate = raw.get(0).path("perSecond").asDouble();
		double service = drain.path("pipelinePerSecond").asDouble();
		md.append(f("A backlog of %,d events (`ThreadStarted` and `ReplyPosted` over 1,000 coalitions, made with "
				+ "`PendingEvent.of` and `EventRecords` as the services' outbox relays make them) was produced to "
				+ "`coalition.events` (%,.0f events/s) while notification-service was stopped; then it was started "
				+ "again and its consumer groups' lag was read every second.%n%n",
				produced.path("events").asInt(), produced.path("perSecond").asDouble()));
		md.append("| Consumer | Records | Seconds | Records/s |\n|---|---:|---:|---:|\n");
		for (JsonNode pass : raw) {
			md.append(f("| %s (whole topic) | %,d | %.1f | %,.0f |%n", pass.path("name").asString(),
					pass.path("records").asLong(), pass.path("seconds").asDouble(), pass.path("perSecond").asDouble()));
		}
		drain.path("backlogAtStart").properties().forEach(group -> {
			long consumed = group.getValue().asLong() - drain.path("lagAtEnd").path(group.getKey()).asLong();
			md.append(f("| notification-service, group `%s` | %,d | %.0f (whole drain) | %,.0f |%n", group.getKey(),
					consumed, drain.path("seconds").asDouble(),
					drain.path("perSecondByGroup").path(group.getKey()).asDouble()));
		});
		md.append(f("%nDrained: %s after %.0f s (counted from the restart, start-up included); lag left per group: "
				+ "%s. A group's rate counts from its first progress to its last reading with lag (readings every "
				+ "second); the pipeline's rate is its slowest group's, since every event goes through all of "
				+ "them.%n%n", drain.path("drained").asBoolean() ? "yes" : "**no** (time limit)",
				drain.path("seconds").asDouble(), drain.path("lagAtEnd").toString()));
		md.append("Where notification-service's time goes: see the profiles below (`pipeline-notification-service`, "
				+ "`pipeline-mongo`).\n\n");
		double toKafka = service / rawRate;
		figures.put("pipeline_ratio_to_kafka", round(toKafka, 4));
		if (store == null) {
			summary.add(f("| 1. Event pipeline: events/s notification-service projects from a %,d backlog | %,.0f/s | store's own rate not measured; plain consumer %,.0f/s (%.3f) | ≥ 0.7 of the store's own rate | not measured |",
					produced.path("events").asInt(), service, rawRate, toKafka));
			return;
		}
		md.append(f("**The store's own limit** (the baseline of the target): a plain MongoDB driver did the same writes "
				+ "to the same server (%s) for %,d events in polls of %,d, %d writers of each kind at once as the "
				+ "groups' listeners are (`StoreBaseline`): the feed group's and the journal group's unordered insert "
				+ "of one entry per event (copies of the entries the drain wrote), and the activity group's unordered "
				+ "bulk of one conditional upsert per coalition.%n%n| Writer | Events | Seconds | Events/s |%n|---|---:|---:|---:|%n",
				store.path("store").asString(), store.path("events").asInt(), store.path("batch").asInt(),
				store.path("writersPerKind").asInt()));
		for (JsonNode writer : store.path("writers")) {
			md.append(f("| %s | %,d | %.1f | %,.0f |%n", writer.path("kind").asString(), writer.path("events").asLong(),
					writer.path("seconds").asDouble(), writer.path("perSecond").asDouble()));
		}
		double storeRate = store.path("perSecond").asDouble();
		double toStore = service / storeRate;
		figures.put("pipeline_ratio_to_store", round(toStore, 3));
		md.append(f("%nThe store's own rate is its slowest writer's: **%,.0f events/s**; the pipeline reached **%.2f** of "
				+ "it (and %.4f of the plain Kafka consumer).%n%n", storeRate, toStore, toKafka));
		summary.add(f("| 1. Event pipeline: events/s notification-service projects from a %,d backlog | %,.0f/s | the store's own rate %,.0f/s; plain Kafka consumer %,.0f/s | ≥ 0.7 of the store's | %s (%.2f of the store's; %.4f of Kafka's) |",
				produced.path("events").asInt(), service, storeRate, rawRate, toStore >= 0.7 ? "met" : "**missed**",
				toStore, toKafka));
	}

	private void floor() {
		JsonNode floor = Json.read(results.resolve("floor.json"));
		md.append("## 2. Latency floor: one command a second\n\n");
		if (floor == null) {
			md.append("Not run.\n\n");
			summary.add("| 2. Latency floor at 1 command/s | not run | | p50 ≤ 25 ms, p99 ≤ 60 ms | not measured |");
			return;
		}
		JsonNode feed = floor.path("endToEnd");
		md.append(f("%,d threads started at one a second (after a warm-up), each until it is visible in another "
				+ "member's feed. The feed is read as an open-loop client would: a `GET /api/feed` is sent every %.0f ms "
				+ "whether or not the last was answered (%.0f reads/s), and an entry counts as visible when the first "
				+ "answer showing it arrives. Latencies count from the scheduled send.%n%n"
				+ "| | Count | p50 ms | p90 ms | p99 ms | max ms | mean ms |%n|---|---:|---:|---:|---:|---:|---:|%n",
				floor.path("commands").asInt(), floor.path("readIntervalMs").asDouble(),
				floor.path("readsPerSecond").asDouble()));
		for (String[] row : new String[][] { { "answer", "API answer (201)" }, { "toKafka", "on the topic (bench consumer)" },
				{ "endToEnd", "**visible in the feed**" }, { "read", "one feed read" } }) {
			JsonNode l = floor.path(row[0]);
			md.append(f("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", row[1], l.path("count").asLong(),
					l.path("p50").asDouble(), l.path("p90").asDouble(), l.path("p99").asDouble(), l.path("max").asDouble(),
					l.path("mean").asDouble()));
		}
		md.append(f("%nNot seen within 5 s: %d of %d accepted.%n%n**Where the time goes** (means over the run, from the "
				+ "services' own timers scraped from `/actuator/prometheus` before and after, and the reader):%n%n"
				+ "| Stage | Measured by | Mean ms | Count |%n|---|---|---:|---:|%n", floor.path("notSeen").asInt(),
				floor.path("accepted").asInt()));
		for (JsonNode stage : floor.path("stages")) {
			md.append(f("| %s | %s | %s | %s |%n", stage.path("stage").asString(), stage.path("measuredBy").asString(),
					stage.path("meanMs").isNumber() ? f("%.2f", stage.path("meanMs").asDouble()) : "—", stage.path("count").asLong() == 0 ? "" : f("%,d", stage.path("count").asLong())));
		}
		md.append(f("| **sum of the stages** | | **%.2f** | |%n| visible in the feed, measured | | %.2f | |%n%n",
				floor.path("stagesSumMs").asDouble(), feed.path("mean").asDouble()));
		double p50 = feed.path("p50").asDouble();
		double p99 = feed.path("p99").asDouble();
		figures.put("floor_p50_ms", round(p50, 1));
		figures.put("floor_p99_ms", round(p99, 1));
		boolean met = p50 <= 25 && p99 <= 60 && floor.path("notSeen").asInt() == 0;
		summary.add(f("| 2. Latency floor: 1 command/s, accepted → in another member's feed | p50 %.1f ms, p99 %.1f ms | one feed read p50 %.1f ms | p50 ≤ 25 ms, p99 ≤ 60 ms | %s |",
				p50, p99, floor.path("read").path("p50").asDouble(), met ? "met" : "**missed**"));
	}

	private void endToEnd() throws IOException {
		JsonNode e2e = Json.read(results.resolve("e2e.json"));
		md.append("## 3. End-to-end latency under load: thread started → in the recipient's feed\n\n");
		if (e2e == null) {
			md.append("Not run.\n\n");
			summary.add("| 3. End-to-end latency | not run | | p99 ≤ 250 ms at 100/s, all seen | not measured |");
			return;
		}
		JsonNode setup = e2e.path("setup");
		md.append(f("%s starts threads in \"%s\" (ACTIVE) at a fixed rate, open loop: each send has its scheduled "
				+ "time and latency counts from it, so a slow stack cannot hide its delay by slowing the load "
				+ "(coordinated omission). %s's feed (`GET /api/feed`, 100 per page) is read continuously; an entry "
				+ "counts as visible when the first answer showing it arrives (an upper bound, off by at most one "
				+ "poll); the reader goes down further pages while a title is missing before one it has seen. After "
				+ "the 15 s wait, the whole feed is read once more: \"not in the feed at all\" counts the unseen "
				+ "commands that are not in it even then (the platform's loss), the rest came late.%n%n", setup.path("poster").asString(), setup.path("coalitionName").asString(),
				setup.path("recipient").asString()));
		md.append("| Offered/s | Achieved/s | Accepted | Failed | Not seen within 15 s (not in the feed at all) | API answer p50 / p99 ms | On the topic p50 / p99 ms | Topic → feed p50 / p99 ms | **In the feed p50** | **p99** | **max** ms | Feed poll ms |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		List<LatencyPlot.Point> p50 = new ArrayList<>();
		List<LatencyPlot.Point> p99 = new ArrayList<>();
		JsonNode at100 = null;
		for (JsonNode rate : e2e.path("rates")) {
			JsonNode feed = rate.path("endToEnd");
			md.append(f("| %d | %.0f | %,d | %,d | %,d (%,d) | %s | %s | %s | %.0f | %.0f | %.0f | %.0f |%n",
					rate.path("offeredPerSecond").asInt(), rate.path("achievedPerSecond").asDouble(),
					rate.path("accepted").asInt(), rate.path("failed").asInt(), rate.path("notSeen").asInt(),
					rate.path("notInFeedAtTheEnd").asInt(), p50p99(rate.path("accept")), p50p99(rate.path("toKafka")), p50p99(rate.path("kafkaToFeed")),
					feed.path("p50").asDouble(), feed.path("p99").asDouble(), feed.path("max").asDouble(),
					rate.path("meanFeedPollMs").asDouble()));
			p50.add(new LatencyPlot.Point(rate.path("offeredPerSecond").asDouble(), feed.path("p50").asDouble()));
			p99.add(new LatencyPlot.Point(rate.path("offeredPerSecond").asDouble(), feed.path("p99").asDouble()));
			if (rate.path("offeredPerSecond").asInt() == 100) {
				at100 = rate;
			}
		}
		Files.writeString(results.resolve("latency.svg"),
				LatencyPlot.svg("Thread started → visible in a member's feed", "offered commands per second",
						List.of(new LatencyPlot.Series("p50", "#1f77b4", p50),
								new LatencyPlot.Series("p99", "#d62728", p99))));
		md.append("\nAll latencies count from the scheduled send. \"On the topic\" is when a plain consumer of "
				+ "`coalition.events` in the benchmark saw the `ThreadStarted` (coalition-service's outbox relay has "
				+ "sent it); \"topic → feed\" is notification-service's share. Achieved/s counts accepted commands "
				+ "over the time until the last answer.\n\n![latency p50 and p99 against load](../bench/results/latency.svg)\n\n");
		if (at100 != null) {
			double p99at100 = at100.path("endToEnd").path("p99").asDouble();
			int unseen = at100.path("notSeen").asInt();
			boolean complete = unseen == 0 && at100.path("failed").asInt() == 0;
			figures.put("p99_ms_at_100", round(p99at100, 1));
			figures.put("unseen_at_100", unseen);
			summary.add(f("| 3. End-to-end latency, p99 at 100 commands/s | %.0f ms (p50 %.0f ms, max %.0f ms); %d not seen (%d not in the feed at all) | feed poll %.0f ms | p99 ≤ 250 ms, every command seen | %s |",
					p99at100, at100.path("endToEnd").path("p50").asDouble(), at100.path("endToEnd").path("max").asDouble(),
					unseen, at100.path("notInFeedAtTheEnd").asInt(), at100.path("meanFeedPollMs").asDouble(),
					p99at100 <= 250 && complete ? "met"
							: f("**missed** (%.1f× the target%s)", p99at100 / 250, complete ? "" : ", and not every command was seen")));
		}
	}

	private void api() {
		JsonNode api = Json.read(results.resolve("api.json"));
		md.append("## 4. API against a bare endpoint, and joins at once\n\n");
		if (api == null) {
			md.append("Not run.\n\n");
			summary.add("| 4. API reads | not run | | ≥ 0.5 of bare | not measured |");
			return;
		}
		md.append(f("The bare endpoint is a Spring Boot app of the same kind as the services (Spring MVC, embedded "
				+ "Tomcat, the services' JVM options, its own JVM) returning the %,d bytes of the real `GET /api/coalitions?size=20` "
				+ "answer captured at the start of the run. Closed loop: N threads, each sending as soon as its last "
				+ "answer came, %d s warm-up then %d s measured, every latency recorded (HdrHistogram). Baseline and "
				+ "service alternate at each concurrency.%n%n", api.path("listBytes").asInt(),
				ApiBenchmark.WARM_UP.toSeconds(), ApiBenchmark.MEASURED.toSeconds()));
		md.append("| Request | Concurrency | Requests/s | p50 ms | p99 ms | max ms | Errors | Ratio to bare |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
		JsonNode bare = api.path("bare");
		JsonNode list = api.path("list");
		for (int i = 0; i < bare.size(); i++) {
			row(bare.get(i), null);
			row(list.get(i), bare.get(i));
		}
		for (JsonNode command : api.path("commands")) {
			row(command, null);
		}
		double bestBare = best(bare, n -> n.path("throughput").asDouble());
		double bestList = best(list, n -> n.path("throughput").asDouble());
		double ratio = bestList / bestBare;
		figures.put("list_ratio_to_bare", round(ratio, 3));
		summary.add(f("| 4. API reads: `GET /api/coalitions`, best throughput over 1/4/16 concurrent | %,.0f req/s | bare endpoint %,.0f req/s | ≥ 0.5 of bare | %s (%.2f of bare) |",
				bestList, bestBare, ratio >= 0.5 ? "met" : "**missed**", ratio));
		long conflicts = 0;
		for (JsonNode command : api.path("commands")) {
			conflicts += command.path("errorStatuses").path("409").asLong();
		}
		figures.put("join_conflicts", conflicts);
		summary.add(f("| 4. Joining and leaving at once: 409 answers, all join/leave runs together | %d | | 0 | %s |", conflicts,
				conflicts == 0 ? "met" : "**missed**"));
		md.append("\nJoin and leave have no bare twin (no target either): each worker is a demo user joining an "
				+ "open demo coalition they are not in, then leaving it, then joining again; each command reads "
				+ "membership-service's copy of the coalition and writes the membership with its outbox event.\n\n");
	}

	private static String p50p99(JsonNode latencies) {
		return latencies.path("count").asLong() == 0 ? "—"
				: f("%.0f / %.0f", latencies.path("p50").asDouble(), latencies.path("p99").asDouble());
	}

	private void row(JsonNode result, JsonNode baseline) {
		JsonNode latencies = result.path("latencies");
		String statuses = result.path("errorStatuses").properties().stream()
			.map(entry -> entry.getValue().asLong() + "× " + entry.getKey())
			.collect(java.util.stream.Collectors.joining(", "));
		md.append(f("| %s | %d | %,.0f | %.2f | %.2f | %.1f | %,d%s | %s |%n", result.path("name").asString(),
				result.path("concurrency").asInt(), result.path("throughput").asDouble(), latencies.path("p50").asDouble(),
				latencies.path("p99").asDouble(), latencies.path("max").asDouble(), result.path("errors").asLong(),
				statuses.isEmpty() ? "" : " (" + statuses + ")",
				baseline == null ? "" : f("%.2f", result.path("throughput").asDouble() / baseline.path("throughput").asDouble())));
	}

	private void digest() {
		JsonNode run = Json.read(results.resolve("digest.json"));
		JsonNode fill = Json.read(results.resolve("digest-fill.json"));
		JsonNode profile = Json.read(results.resolve("profile-digest-notification-service.json"));
		md.append("## 6. Digest run\n\n");
		if (run == null || fill == null) {
			md.append("Not run.\n\n");
			summary.add("| 6. Digest run (10,000 people, 1,000,000 events) | not run | | ≤ 60 s, ≤ 512 MB heap | not measured |");
			return;
		}
		if (run.path("seconds").asDouble() < 0) {
			md.append(f("%,d people and %,d feed entries over %d coalitions were written "
					+ "into notification-service's database, and it was started with a check interval of 5 s. "
					+ "**The digest run did not finish**: %s.%n%n", fill.path("people").asInt(),
					fill.path("entries").asInt(), fill.path("coalitions").asInt(), run.path("failure").asString()));
			summary.add(f("| 6. Digest run, %,d people × %,d events | did not finish (the embedded Mongo server failed) | | ≤ 60 s, ≤ 512 MB heap at 10,000 × 1,000,000 | **missed** (did not finish) |",
					fill.path("people").asInt(), fill.path("entries").asInt()));
			return;
		}
		double heap = profile == null ? -1 : profile.path("peakHeapMb").asDouble();
		md.append(f("%,d people (daily readers in %d coalitions each, their day's digest due, time zone UTC) and "
				+ "%,d feed entries of that day over %d coalitions were written straight into notification-service's "
				+ "database while it was stopped (its consumer groups moved to the end of the topics, so nothing else "
				+ "ran beside the digest); then it was started with a check interval of 5 s. Wall time: from the "
				+ "first check (5 s after \"Started\") to \"Digest run done: %,d people checked, %,d digests "
				+ "queued\" in its log: **%.1f s**. Peak heap used (Flight Recorder, `jdk.GCHeapSummary`, -Xmx384m): "
				+ "**%s**.%n%n", fill.path("people").asInt(), DigestBenchmark.MEMBERSHIPS, fill.path("entries").asInt(),
				fill.path("coalitions").asInt(), run.path("checked").asInt(), run.path("queued").asInt(),
				run.path("seconds").asDouble(), heap < 0 ? "not recorded" : f("%.0f MB", heap)));
		double scale = (10_000.0 / fill.path("people").asInt()) * (1_000_000.0 / fill.path("entries").asInt());
		double seconds = run.path("seconds").asDouble();
		figures.put("digest_seconds", round(seconds, 1));
		figures.put("digest_peak_heap_mb", heap < 0 ? null : round(heap, 0));
		if (scale <= 1.0) {
			boolean met = seconds <= 60 && heap >= 0 && heap <= 512;
			summary.add(f("| 6. Digest run, %,d people × %,d events | %.1f s, peak heap %s | | ≤ 60 s, ≤ 512 MB heap | %s |",
					fill.path("people").asInt(), fill.path("entries").asInt(), seconds,
					heap < 0 ? "?" : f("%.0f MB", heap), met ? "met"
							: f("**missed** (%.1f× the time, %s the heap)", seconds / 60,
									heap < 0 ? "?" : f("%.1f×", heap / 512))));
			return;
		}
		md.append(f("This is %.0f× smaller than the issue's 10,000 people × 1,000,000 events (people × entries); "
				+ "the run reads each period's entries once, so it should grow about with entries + people, not "
				+ "their product: not measured at full size.%n%n", scale));
		summary.add(f("| 6. Digest run, scaled to %,d people × %,d events | %.1f s, peak heap %s | | ≤ 60 s, ≤ 512 MB heap at 10,000 × 1,000,000 | not measured at full size |",
				fill.path("people").asInt(), fill.path("entries").asInt(), seconds,
				heap < 0 ? "?" : f("%.0f MB", heap)));
	}

	private void footprint() {
		JsonNode idle = Json.read(results.resolve("footprint-idle.json"));
		JsonNode startup = Json.read(results.resolve("startup.json"));
		JsonNode alone = Json.read(results.resolve("startup-alone.json"));
		JsonNode api = Json.read(results.resolve("api.json"));
		md.append("## 5. Footprint\n\n");
		if (idle == null) {
			md.append("Not run.\n\n");
			summary.add("| 5. Footprint | not run | | ≤ 300 MB idle, ≤ 10 s start-up | not measured |");
			return;
		}
		md.append("Resident memory (VmRSS of the process and its children, from `/proc`), idle 20 s after "
				+ "`infra/stack up`, and the peak sampled every 500 ms during the API benchmark; start-up as each "
				+ "service logs it (\"Started ... in X seconds\"): all three starting in parallel in `infra/stack up`, "
				+ "and each alone, stopped and started again while the rest of the stack idles. The services run with "
				+ "`infra/service-jvm.args`, -Xms32m -Xmx384m, on their class-data archives (infra/README.md, \"The "
				+ "services' JVMs\").\n\n");
		md.append("| Component | Idle RSS MB | Peak RSS under load MB | Start-up in parallel s | Start-up alone s |\n"
				+ "|---|---:|---:|---:|---:|\n");
		idle.properties().forEach(entry -> md.append(f("| %s | %.0f | %s | %s | %s |%n", entry.getKey(),
				entry.getValue().asDouble(),
				api == null || !api.path("rssUnderLoadMb").has(entry.getKey()) ? "" : f("%.0f", api.path("rssUnderLoadMb").path(entry.getKey()).asDouble()),
				seconds(startup, entry.getKey()), seconds(alone, entry.getKey()))));
		if (api != null) {
			md.append(f("| bare endpoint (baseline) | %.0f | | | |%n", api.path("bareIdleRssMb").asDouble()));
		}
		md.append('\n');
		double rssMax = Footprint.SERVICES.stream().mapToDouble(s -> idle.path(s).asDouble()).max().orElse(0);
		// a service's start-up is its own, alone (the "each service"); all three at once on two cores is shown too
		double parallelMax = max(startup);
		double aloneMax = max(alone);
		double startupMax = Double.isNaN(aloneMax) ? parallelMax : aloneMax;
		figures.put("idle_rss_mb_max", round(rssMax, 0));
		figures.put("startup_s_max", Double.isNaN(startupMax) ? null : round(startupMax, 1));
		summary.add(f("| 5. Footprint: the three services' idle RSS; start-up alone (all three in parallel) | %s MB; %s s (%s s) | bare Spring Boot endpoint %s MB | ≤ 300 MB, ≤ 10 s | %s |",
				String.join(" / ", Footprint.SERVICES.stream().map(s -> f("%.0f", idle.path(s).asDouble())).toList()),
				String.join(" / ", Footprint.SERVICES.stream().map(s -> seconds(alone, s)).toList()),
				String.join(" / ", Footprint.SERVICES.stream().map(s -> seconds(startup, s)).toList()),
				api == null ? "?" : f("%.0f", api.path("bareIdleRssMb").asDouble()),
				rssMax <= 300 && startupMax <= 10 ? "met" : f("**missed** (%.0f MB, %.1f s at most)", rssMax, startupMax)));
	}

	private static double max(JsonNode startup) {
		return Footprint.SERVICES.stream()
			.mapToDouble(s -> startup == null ? Double.NaN : startup.path(s).asDouble(Double.NaN))
			.max()
			.orElse(Double.NaN);
	}

	private static String seconds(JsonNode startup, String service) {
		return startup == null || !startup.has(service) ? "" : f("%.1f", startup.path(service).asDouble());
	}

	private static double best(JsonNode results, ToDoubleFunction<JsonNode> value) {
		double best = 0;
		for (JsonNode result : results) {
			best = Math.max(best, value.applyAsDouble(result));
		}
		return best;
	}

	private static String memTotal() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(line -> line.startsWith("MemTotal:"))
				.map(line -> f("%,d MB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024))
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	/** When the run's benchmarks ended ({@code bench/run} notes it in run.json), so a report written again keeps it. */
	private static java.time.Instant measuredAt(JsonNode run) {
		String ended = run == null ? "" : run.path("endedAt").asString("");
		return ended.isEmpty() ? ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toInstant()
				: java.time.Instant.parse(ended);
	}
}
