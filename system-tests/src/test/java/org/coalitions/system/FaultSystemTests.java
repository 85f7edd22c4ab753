package org.coalitions.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's fault suite: under a steady load of commands through the API, one part of the platform fails at a
 * time, one fault after the other, on the run's shared stack once every other class but the scale-out test is
 * done (the faults would disturb them; a stack of its own took another minute and a half to start). Each
 * fault counts the commands accepted and refused and times every refusal; then follows each accepted command to
 * its effects: its event on the topic, read from the beginning (none: lost; two different events: doubled), a
 * proposal's entry in membership-service, and its "proposal received" mail (none: lost; two different mails:
 * doubled). Every refusal must be a fast 503 problem with {@code Retry-After}. The figures go to
 * {@code target/reliability.md}; {@code docs/reliability.md} keeps those of a real run.
 */
@ExtendWith(SharedLocalStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(SharedLocalStack.LAST - 1)
class FaultSystemTests {

	private static final int PER_SECOND = 6;

	private static final Duration DOWN = Duration.ofSeconds(10);

	private static final Duration SMTP_AWAY = Duration.ofMinutes(1);

	/** The load before a fault and after the part is back. */
	private static final Duration STEADY = Duration.ofSeconds(5);

	/** How long the effects of accepted commands may take to show after a fault. */
	private static final Duration CATCH_UP = Duration.ofMinutes(3);

	private static final int DIGEST_READERS = 20;

	private static final String PROPOSED = EventCatalog.of(CoalitionProposed.class).name();

	private static final String THREAD_STARTED = EventCatalog.of(ThreadStarted.class).name();

	private final LocalStack stack;

	private Mailboxes mailboxes;

	/** The coalition whose members start the load's threads. */
	private String forum;

	private final List<Figures> figures = new ArrayList<>();

	FaultSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@BeforeAll
	void restartNotificationServiceForTheFaults() {
		// the demo data is loaded; a restart must not load it again
		stack.env.put("STACK_DEMO_DATA", "0");
		// no digest run until the digest fault starts one (by a restart), so that it finds every digest due
		stack.env.put("COALITIONS_NOTIFICATION_DIGEST_ENABLED", "false");
		// a mail that failed is tried again within 10 s (by default the wait doubles up to 15 min), so the mails of
		// the SMTP fault arrive within the suite's time
		stack.env.put("COALITIONS_NOTIFICATION_MAIL_FIRSTRETRY", "2s");
		stack.env.put("COALITIONS_NOTIFICATION_MAIL_MAXBACKOFF", "10s");
		stack.stop("notification-service");
		stack.startStopped();
		mailboxes = new Mailboxes(stack);
		forum = openForum();
	}

	/** The figures, for docs/reliability.md; the stack is the run's and stops when the run ends. */
	@AfterAll
	void writeTheFigures() throws IOException {
		Files.writeString(Path.of("target", "reliability.md"), Figures.table(figures));
	}

	@Test
	@Order(1)
	void theBrokerKilledAndRestarted() {
		SteadyLoad load = new SteadyLoad(stack, forum, "broker", PER_SECOND).start();
		pause(STEADY);
		Instant killed = Instant.now();
		stack.kill("kafka");
		pause(DOWN);
		stack.startStopped();
		Duration down = Duration.between(killed, Instant.now());
		pause(STEADY);
		List<SteadyLoad.Command> commands = load.stop();

		Figures result = follow("Broker killed (kill -9) and restarted", load, commands, commands, List.of(),
				"down " + down.toSeconds() + " s (restart included)");
		assertThat(result.accepted()).as("the outbox takes commands while the broker is away").isPositive();
		result.assertNothingLostOrDoubled();
	}

	@Test
	@Order(2)
	void theStoreRestarted() {
		SteadyLoad load = new SteadyLoad(stack, forum, "store", PER_SECOND).start();
		pause(STEADY);
		Instant stopped = Instant.now();
		stack.stop("mongo");
		// reads of each service while the store is away: refused the same way
		List<SteadyLoad.Command> reads = new ArrayList<>();
		List<Integer> readiness = new ArrayList<>();
		while (Duration.between(stopped, Instant.now()).compareTo(DOWN) < 0) {
			reads.add(read("/api/coalitions", "COALITION"));
			reads.add(read("/api/me", "MEMBERSHIP"));
			reads.add(read("/api/feed", "NOTIFICATION"));
			readiness.add(stack.get(stack.url("COALITION", "/actuator/health/readiness"), null).statusCode());
			pause(Duration.ofMillis(500));
		}
		stack.startStopped();
		Duration down = Duration.between(stopped, Instant.now());
		pause(STEADY);
		List<SteadyLoad.Command> commands = load.stop();

		Figures result = follow("Store stopped and restarted", load, commands, commands, reads,
				"down " + down.toSeconds() + " s (restart included); " + reads.size()
						+ " reads of the three services while it was away");
		assertThat(result.refused()).as("commands refused while the store was away").isPositive();
		assertThat(readiness).as("coalition-service's readiness while the store was away").contains(503);
		result.assertNothingLostOrDoubled();
	}

	@Test
	@Order(3)
	void notificationServiceKilledDuringADigestRun() throws Exception {
		List<String> readers = digestReaders();
		// digests on, looked for 20 s after the start (after the restart is through): a restart that is not the fault
		stack.env.put("COALITIONS_NOTIFICATION_DIGEST_ENABLED", "true");
		stack.env.put("COALITIONS_NOTIFICATION_DIGEST_CHECKINTERVAL", "20s");
		stack.stop("notification-service");
		long logFrom = Files.size(stack.logOf("notification-service"));
		stack.startStopped();

		SteadyLoad load = new SteadyLoad(stack, forum, "digest", PER_SECOND).start();
		// the fault: as soon as the run's first digest is out, the service dies; the rest of the run is to come
		Ports.await("the digest run's first mail", Duration.ofMinutes(3),
				() -> logSince(logFrom).contains("Sent mail digest:"));
		stack.kill("notification-service");
		int mailedBeforeKill = digestsIn(readers).values().stream().mapToInt(List::size).sum();
		Instant killed = Instant.now();
		stack.startStopped();
		Duration down = Duration.between(killed, Instant.now());
		pause(STEADY);
		List<SteadyLoad.Command> commands = load.stop();

		// (one missing when the time is up is counted as lost below)
		until(CATCH_UP, () -> digestsIn(readers).values().stream().allMatch(digests -> !digests.isEmpty()));
		pause(Duration.ofSeconds(25)); // a later run must not mail again
		Map<String, List<MimeMessage>> digests = digestsIn(readers);
		Figures result = follow("notification-service killed (kill -9) during a digest run", load, commands, commands,
				List.of(), readers.size() + " digest recipients, " + mailedBeforeKill
						+ " mailed before the kill; down " + down.toSeconds() + " s (restart included)");
		// one copy of one mail may be sent again: the kill may fall between the SMTP server's "accepted" and "sent"
		result = result.withDigests(digests, 1);
		assertThat(mailedBeforeKill).as("the kill fell within the run").isLessThan(readers.size());
		result.assertNothingLostOrDoubled();
	}

	@Test
	@Order(4)
	void smtpAwayForAMinute() {
		SteadyLoad load = new SteadyLoad(stack, forum, "smtp", PER_SECOND).start();
		pause(STEADY);
		// the mail server's mailboxes go with it: only mails of commands sent while it was away are followed
		stack.stop("mail");
		Instant stopped = Instant.now();
		int before = load.sent().size();
		pause(SMTP_AWAY);
		stack.startStopped();
		Duration down = Duration.between(stopped, Instant.now());
		pause(STEADY);
		List<SteadyLoad.Command> commands = load.stop();
		List<SteadyLoad.Command> whileAway = commands.stream()
			.filter(command -> !command.sentAt().isBefore(stopped))
			.toList();

		Figures result = follow("SMTP server away", load, commands, whileAway, List.of(),
				"down " + down.toSeconds() + " s (restart included); mails followed for the " + whileAway.size()
						+ " commands sent from the stop on (" + before + " before)");
		result.assertNothingLostOrDoubled();
	}

	// --- following commands to their effects ---------------------------------------------------------

	/**
	 * Counts what the load saw and follows every accepted command to its effects.
	 * @param mailed the commands whose proposals' mails are followed
	 * @param reads other requests made during the fault, whose refusals count too
	 */
	private Figures follow(String fault, SteadyLoad load, List<SteadyLoad.Command> commands,
			List<SteadyLoad.Command> mailed, List<SteadyLoad.Command> reads, String notes) {
		List<SteadyLoad.Command> accepted = commands.stream().filter(SteadyLoad.Command::accepted).toList();
		List<SteadyLoad.Command> refused = new ArrayList<>(commands.stream().filter(SteadyLoad.Command::refused).toList());
		refused.addAll(reads.stream().filter(SteadyLoad.Command::refused).toList());
		List<String> problems = new ArrayList<>();
		for (SteadyLoad.Command command : commands) {
			if (!command.accepted() && !command.refused()) {
				problems.add("neither accepted nor refused: " + command);
			}
		}
		for (SteadyLoad.Command read : reads) {
			if (read.status() != 200 && !read.refused()) {
				problems.add("a read neither answered nor refused: " + read);
			}
		}
		refused.stream().filter(command -> !command.fastProblem()).forEach(command -> problems.add("a refusal that is not a fast 503 problem with Retry-After: " + command));

		Map<String, Map<String, Integer>> events = awaitEvents(accepted);
		int lost = 0;
		int doubled = 0;
		int redelivered = 0;
		for (SteadyLoad.Command command : accepted) {
			Map<String, Integer> copies = events.getOrDefault(command.id(), Map.of());
			if (copies.isEmpty()) {
				lost++;
				problems.add("no event for " + command);
			}
			if (copies.size() > 1) {
				doubled++;
				problems.add(copies.size() + " different events for " + command);
			}
			redelivered += copies.values().stream().mapToInt(count -> count - 1).sum();
		}
		Set<String> labels = publishedLabels();
		refused.stream()
			.filter(command -> labels.contains(command.label()))
			.forEach(command -> problems.add("refused, yet it happened: " + command));
		lost += missingInMembership(accepted, problems);

		int mailsLost = 0;
		int mailsDoubled = 0;
		int resent = 0;
		Map<String, List<MimeMessage>> mails = awaitProposalMails(
				mailed.stream().filter(SteadyLoad.Command::accepted).filter(c -> c.kind() == SteadyLoad.Kind.PROPOSAL).toList());
		for (SteadyLoad.Command command : mailed) {
			if (!command.accepted() || command.kind() != SteadyLoad.Kind.PROPOSAL) {
				continue;
			}
			List<MimeMessage> copies = mails.getOrDefault(command.marker(), List.of());
			Set<String> distinct = new HashSet<>(copies.stream().map(Mailboxes::messageId).toList());
			if (copies.isEmpty()) {
				mailsLost++;
				problems.add("no 'proposal received' mail for " + command);
			}
			if (distinct.size() > 1) {
				mailsDoubled++;
				problems.add(distinct.size() + " different 'proposal received' mails for " + command);
			}
			resent += copies.size() - distinct.size();
		}
		Figures result = new Figures(fault, load.perSecond(), seconds(commands), commands.size(), accepted.size(),
				refused.size(), percentile(refused, 99), refused.stream().mapToLong(SteadyLoad.Command::millis).max().orElse(0),
				lost, doubled, redelivered, mailsLost, mailsDoubled, resent, 0, -1, 0, notes, problems);
		figures.add(result);
		System.out.println(result);
		return result;
	}

	/** For each accepted command's resource, its events on the topic: copies by event id. */
	private Map<String, Map<String, Integer>> awaitEvents(List<SteadyLoad.Command> accepted) {
		Instant deadline = Instant.now().plus(CATCH_UP);
		while (true) {
			Map<String, Map<String, Integer>> byResource = new HashMap<>();
			for (PublishedEvents.Event event : PublishedEvents.read(stack, Topics.COALITION_EVENTS)) {
				if (event.data() == null) {
					continue;
				}
				String resource = PROPOSED.equals(event.type()) ? event.data().path("coalitionId").asString(null)
						: THREAD_STARTED.equals(event.type()) ? event.data().path("threadId").asString(null) : null;
				if (resource != null) {
					byResource.computeIfAbsent(resource, key -> new HashMap<>()).merge(event.id(), 1, Integer::sum);
				}
			}
			boolean all = accepted.stream().allMatch(command -> byResource.containsKey(command.id()));
			if (all || Instant.now().isAfter(deadline)) {
				return byResource;
			}
			pause(Duration.ofSeconds(2));
		}
	}

	/** The names and titles the load's proposals and threads published. */
	private Set<String> publishedLabels() {
		Set<String> labels = new HashSet<>();
		for (PublishedEvents.Event event : PublishedEvents.read(stack, Topics.COALITION_EVENTS)) {
			if (event.data() == null) {
				continue;
			}
			if (PROPOSED.equals(event.type())) {
				labels.add(event.data().path("name").asString(""));
			}
			else if (THREAD_STARTED.equals(event.type())) {
				labels.add(event.data().path("title").asString(""));
			}
		}
		return labels;
	}

	/** Accepted proposals membership-service never heard of. */
	private int missingInMembership(List<SteadyLoad.Command> accepted, List<String> problems) {
		Instant deadline = Instant.now().plus(CATCH_UP);
		int missing = 0;
		for (SteadyLoad.Command command : accepted) {
			if (command.kind() != SteadyLoad.Kind.PROPOSAL) {
				continue;
			}
			String url = stack.url("MEMBERSHIP", "/api/coalitions/" + command.id() + "/membership-info");
			while (stack.get(url, null).statusCode() != 200) {
				if (Instant.now().isAfter(deadline)) {
					missing++;
					problems.add("membership-service does not know " + command);
					break;
				}
				pause(Duration.ofSeconds(1));
			}
		}
		return missing;
	}

	/** The "proposal received" mails of these proposals, by marker, once each has at least one (or time is up). */
	private Map<String, List<MimeMessage>> awaitProposalMails(List<SteadyLoad.Command> proposals) {
		Instant deadline = Instant.now().plus(CATCH_UP);
		while (true) {
			Map<String, List<MimeMessage>> byMarker = new HashMap<>();
			Map<String, String> markerBySubject = new HashMap<>();
			proposals.forEach(command -> markerBySubject.put("Your proposal of " + command.label() + " was received",
					command.marker()));
			for (String user : SteadyLoad.PROPOSERS) {
				for (MimeMessage mail : mailboxes.mails(user + "@coalitions.example")) {
					String marker = markerBySubject.get(Mailboxes.subjectOf(mail));
					if (marker != null) {
						byMarker.computeIfAbsent(marker, key -> new ArrayList<>()).add(mail);
					}
				}
			}
			if (byMarker.size() == proposals.size() || Instant.now().isAfter(deadline)) {
				return byMarker;
			}
			pause(Duration.ofSeconds(2));
		}
	}

	private SteadyLoad.Command read(String path, String service) {
		String user = "alice";
		Instant sentAt = Instant.now();
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = stack.send(HttpRequest.newBuilder(URI.create(stack.url(service, path)))
				.timeout(Duration.ofSeconds(10))
				.header("Authorization", "Bearer " + aliceToken())
				.build());
			return new SteadyLoad.Command(null, service + " GET " + path, user, sentAt,
					(System.nanoTime() - started) / 1_000_000, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("Retry-After").orElse(null), null, null);
		}
		catch (IllegalStateException ex) {
			return new SteadyLoad.Command(null, service + " GET " + path, user, sentAt,
					(System.nanoTime() - started) / 1_000_000, 0, null, null, null, ex.getMessage());
		}
	}

	private String aliceToken;

	private String aliceToken() {
		if (aliceToken == null) {
			aliceToken = stack.token("alice");
		}
		return aliceToken;
	}

	// --- the digest fault's readers ----------------------------------------------------------------------

	/**
	 * People with a digest due, each with something in it: Keycloak users made for the suite, signed in, who
	 * joined a coalition within their last weekly period (dated commands, as the demo data's), where a thread was
	 * started after they joined.
	 */
	private List<String> digestReaders() throws Exception {
		Instant periodEnd = lastDigestPeriodEnd();
		List<String> readers = IntStream.rangeClosed(1, DIGEST_READERS).mapToObj(n -> "fault-reader-" + n).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> tokens = new ArrayList<>();
			for (String reader : readers) {
				tokens.add(pool.submit(() -> {
					createUser(reader);
					String token = stack.token(reader);
					signIn(reader, token);
					return token;
				}));
			}
			String alice = stack.token("alice");
			HttpResponse<String> proposed = dated("POST", stack.url("COALITION", "/api/coalitions"), alice, """
					{"name": "Fault suite digest coalition", "theme": "SECURITY", "summary": "Read in the digests.",
					 "statement": {"rationale": "Digests.", "actionPlan": "None.", "contactPersons": ["Contact Person"]},
					 "joinPolicy": "OPEN"}""", periodEnd.minus(Duration.ofDays(8)));
			assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
			String coalition = LocalStack.json(proposed.body()).get("id").asString();
			Ports.await("the digest coalition in membership-service", Duration.ofSeconds(60),
					() -> stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + coalition + "/membership-info"), null)
						.statusCode() == 200);
			for (int i = 0; i < readers.size(); i++) {
				HttpResponse<String> joined = dated("POST",
						stack.url("MEMBERSHIP", "/api/coalitions/" + coalition + "/members"), tokens.get(i).get(), "{}",
						periodEnd.minus(Duration.ofHours(6)).plusSeconds(i));
				assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
			}
			Ports.await("a thread after they joined", Duration.ofSeconds(60), () -> dated("POST",
					stack.url("COALITION", "/api/coalitions/" + coalition + "/threads"), alice,
					"{\"title\": \"For the digest\", \"body\": \"Read this.\"}", periodEnd.minus(Duration.ofHours(5)))
				.statusCode() == 201);
		}
		finally {
			pool.shutdownNow();
		}
		return readers;
	}

	/**
	 * The end of the period whose digest is due now for these readers: members, who read weekly digests unless
	 * they choose otherwise (Monday 07:00 in their zone, UTC).
	 */
	private static Instant lastDigestPeriodEnd() {
		Instant now = Instant.now();
		Instant monday = LocalDate.now(ZoneOffset.UTC)
			.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
			.atTime(7, 0)
			.toInstant(ZoneOffset.UTC);
		return monday.isAfter(now) ? monday.minus(Duration.ofDays(7)) : monday;
	}

	private HttpResponse<String> dated(String method, String url, String token, String body, Instant occurredAt) {
		return stack.request(method, url, token, body, Map.of("Coalitions-Occurred-At", occurredAt.toString()));
	}

	private String keycloakAdminToken() {
		HttpResponse<String> response = stack.send(HttpRequest
			.newBuilder(URI.create(keycloak("/realms/master/protocol/openid-connect/token")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
			.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return LocalStack.json(response.body()).get("access_token").asString();
	}

	/** With an admin token of its own: the master realm's tokens last a minute, and making the readers can take longer. */
	private void createUser(String username) {
		String body = """
				{"username": "%s", "enabled": true, "emailVerified": true, "firstName": "Fault", "lastName": "Reader %s",
				 "email": "%s@coalitions.example", "attributes": {"stakeholderGroup": ["CIVIL_SOCIETY"], "country": ["KE"]},
				 "credentials": [{"type": "password", "value": "demo", "temporary": false}]}"""
			.formatted(username, username.substring(username.lastIndexOf('-') + 1), username);
		HttpResponse<String> created = stack.post(keycloak("/admin/realms/coalitions/users"), keycloakAdminToken(), body);
		assertThat(created.statusCode()).as(username + ": " + created.body()).isIn(201, 409);
	}

	private String keycloak(String path) {
		return "http://localhost:" + stack.env.get("KEYCLOAK_PORT") + path;
	}

	/** The digests in each reader's mailbox. */
	private Map<String, List<MimeMessage>> digestsIn(List<String> readers) {
		Map<String, List<MimeMessage>> digests = new HashMap<>();
		for (String reader : readers) {
			digests.put(reader, mailboxes.mails(reader + "@coalitions.example")
				.stream()
				.filter(mail -> Mailboxes.subjectOf(mail).matches("Your (daily|weekly) Coalitions digest.*"))
				.toList());
		}
		return digests;
	}

	/** What notification-service logged after that point of its log. */
	private String logSince(long offset) {
		try (java.io.RandomAccessFile log = new java.io.RandomAccessFile(stack.logOf("notification-service").toFile(), "r")) {
			byte[] added = new byte[(int) Math.max(0, log.length() - offset)];
			log.seek(offset);
			log.readFully(added);
			return new String(added, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	// --- set-up -----------------------------------------------------------------------------------------

	/** A coalition that the posters belong to, and every proposer signed in (so mails find their address). */
	private String openForum() {
		for (String user : SteadyLoad.PROPOSERS) {
			signIn(user, stack.token(user));
		}
		String alice = stack.token("alice");
		// the first commands of a service just started on a busy machine can outlast a request's time-out: tried
		// again under another name (a forum that was made all the same is left unused)
		java.util.concurrent.atomic.AtomicReference<HttpResponse<String>> created = new java.util.concurrent.atomic.AtomicReference<>();
		java.util.concurrent.atomic.AtomicInteger attempt = new java.util.concurrent.atomic.AtomicInteger();
		Ports.await("the forum proposed", Duration.ofMinutes(2), () -> {
			try {
				created.set(stack.request("POST", stack.url("COALITION", "/api/coalitions"), alice, """
						{"name": "Fault suite forum %d", "theme": "OPEN_STANDARDS", "summary": "Where the load posts.",
						 "statement": {"rationale": "Load.", "actionPlan": "None.", "contactPersons": ["Contact Person"]},
						 "joinPolicy": "OPEN"}""".formatted(attempt.incrementAndGet()), Map.of()));
				return true;
			}
			catch (IllegalStateException timedOut) {
				return false;
			}
		});
		assertThat(created.get().statusCode()).as(created.get().body()).isEqualTo(201);
		String id = LocalStack.json(created.get().body()).get("id").asString();
		Ports.await("the forum in membership-service", Duration.ofSeconds(60),
				() -> stack.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/membership-info"), null)
					.statusCode() == 200);
		for (String poster : SteadyLoad.POSTERS) {
			String token = stack.token(poster);
			if (!poster.equals("alice")) {
				HttpResponse<String> joined = stack.request("POST",
						stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"), token, "{}", Map.of());
				assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
			}
			Ports.await(poster + " may post in the forum", Duration.ofMinutes(2), () -> {
				try {
					return stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/threads"), token,
							"{\"title\": \"Warm-up by " + URLEncoder.encode(poster, StandardCharsets.UTF_8)
									+ "\", \"body\": \"Before the faults.\"}")
						.statusCode() == 201;
				}
				catch (IllegalStateException timedOut) {
					return false;
				}
			});
		}
		return id;
	}

	/**
	 * The person's first call to membership-service, which makes their profile (and so their mail address known);
	 * a busy machine's first calls may take longer than a request's time-out, and are tried again.
	 */
	private void signIn(String user, String token) {
		Ports.await(user + "'s profile", Duration.ofMinutes(2), () -> {
			try {
				return stack.get(stack.url("MEMBERSHIP", "/api/me"), token).statusCode() == 200;
			}
			catch (IllegalStateException timedOut) {
				return false;
			}
		});
	}

	private static long seconds(List<SteadyLoad.Command> commands) {
		List<Instant> sent = commands.stream().map(SteadyLoad.Command::sentAt).sorted().toList();
		return sent.isEmpty() ? 0 : Duration.between(sent.get(0), sent.get(sent.size() - 1)).toSeconds();
	}

	/** Checks every 2 seconds (the condition costs a round of requests) until it holds or time is up. */
	private static void until(Duration timeout, java.util.function.BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
			pause(Duration.ofSeconds(2));
		}
	}

	private static long percentile(List<SteadyLoad.Command> commands, int percent) {
		List<Long> millis = commands.stream().map(SteadyLoad.Command::millis).sorted().toList();
		if (millis.isEmpty()) {
			return 0;
		}
		return millis.get(Math.max(0, (int) Math.ceil(percent / 100.0 * millis.size()) - 1));
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
