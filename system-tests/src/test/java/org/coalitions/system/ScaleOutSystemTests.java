package org.coalitions.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local stack with two instances of each service ({@code STACK_INSTANCES=2}) behind the web app: each consumer
 * group's partitions are split between the two instances (as the broker lists the group's members, whose client
 * ids name their instance), commands through the web app reach both instances and their events are applied once,
 * the digests run on one instance and mail each person once, and the live dashboard connected to either
 * instance shows what both applied. On the run's shared stack, after every other class (a second instance of each
 * service is started beside the first; a stack of its own took two and a half minutes to start).
 */
@ExtendWith(SharedLocalStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(SharedLocalStack.LAST)
class ScaleOutSystemTests {

	static final List<String> SERVICES = List.of("coalition-service", "membership-service", "notification-service");

	static final Duration WAIT = Duration.ofSeconds(90);

	static final int COALITIONS = 6;

	final LocalStack stack;

	final List<String> coalitions = new ArrayList<>();

	/** Where notification-service's log stood before this class restarted it: digest runs are counted from there. */
	final Map<String, Long> logFrom = new HashMap<>();

	String alice;

	String bruno;

	String sam;

	ScaleOutSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	/**
	 * The run's stack, last of all classes: a second instance of each service beside the first, the web app
	 * restarted to take both in turn, notification-service restarted so that both instances look for due digests
	 * every few seconds.
	 */
	@BeforeAll
	void startASecondInstanceOfEachService() throws IOException {
		stack.env.put("STACK_INSTANCES", "2");
		stack.env.put("STACK_DEMO_DATA", "0");
		stack.env.put("COALITIONS_NOTIFICATION_DIGEST_ENABLED", "true");
		stack.env.put("COALITIONS_NOTIFICATION_DIGEST_CHECKINTERVAL", "3s");
		stack.stop("web");
		stack.stop("notification-service");
		logFrom.put("notification-service", Files.size(stack.logOf("notification-service")));
		Path second = stack.logOf("notification-service-2");
		logFrom.put("notification-service-2", Files.exists(second) ? Files.size(second) : 0L);
		stack.startStopped();
		alice = stack.token("alice");
		bruno = stack.token("bruno");
		sam = stack.token("sam");
		for (String token : List.of(alice, bruno, sam)) {
			assertThat(web("GET", "/api/me", token, null).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void bothInstancesOfEachServiceOwnPartitionsOfEachOfItsConsumerGroups() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				"127.0.0.1:" + stack.env.get("KAFKA_PORT")))) {
			Map<String, Map<String, Set<TopicPartition>>> owners = new HashMap<>();
			// a group settles once both instances have joined it and it has rebalanced
			Map<String, Map<String, Set<TopicPartition>>> ownGroups = new HashMap<>();
			Ports.await("every group's partitions split between both instances of its service", WAIT, () -> {
				owners.clear();
				ownGroups.clear();
				partitionsByInstance(admin).forEach((group, byInstance) -> (isInstancesOwn(group, byInstance)
						? ownGroups : owners).put(group, byInstance));
				return !owners.isEmpty() && owners.values().stream().allMatch(byInstance -> byInstance.size() == 2
						&& byInstance.values().stream().noneMatch(Set::isEmpty));
			});
			// a group of one instance's own (an in-memory read model, every instance reading every event) is not split
			assertThat(ownGroups.keySet()).as("the read models' groups, one per coalition-service instance")
				.containsExactlyInAnyOrder("coalition-service-read-model-coalition-service",
						"coalition-service-read-model-coalition-service-2");
			ownGroups.forEach((group, byInstance) -> assertThat(byInstance.values().iterator().next())
				.as(group + ": every partition of both topics").hasSize(12));
			Set<String> services = new HashSet<>();
			owners.forEach((group, byInstance) -> {
				List<Set<TopicPartition>> owned = new ArrayList<>(byInstance.values());
				assertThat(owned.get(0)).as(group + ": no partition owned twice").doesNotContainAnyElementsOf(owned.get(1));
				services.add(byInstance.keySet().iterator().next().replaceAll("-2$", ""));
			});
			assertThat(services).as("the services whose groups were seen").containsExactlyInAnyOrderElementsOf(SERVICES);
		}
	}

	@Test
	void commandsThroughTheWebAppReachBothInstancesAndTheirEventsAreAppliedOnce() {
		List<String> ids = proposeAndJoin("Scale-out coalition");
		for (String id : ids) {
			// each join applied once: the roster, the balance in notification-service's activity data
			JsonArray members = new JsonArray(web("GET", "/api/coalitions/" + id + "/members", alice, null).body());
			assertThat(members.names()).as("members of " + id)
				.hasSize(2)
				.anySatisfy(member -> assertThat(member).startsWith("Alice"))
				.anySatisfy(member -> assertThat(member).startsWith("Bruno"));
			Ports.await("the balance after bruno's join in the activity of " + id, WAIT,
					() -> LocalStack.json(web("GET", "/api/activity/coalitions/" + id, sam, null).body())
						.path("members")
						.asInt() == 2);
		}
		// the proposals went to both coalition-service instances, the joins to both membership-service instances
		assertThat(requestsServed("coalition-service", "POST", "/api/coalitions")).isPositive();
		assertThat(requestsServed("coalition-service-2", "POST", "/api/coalitions")).isPositive();
		assertThat(requestsServed("membership-service", "POST", "/api/coalitions/{id}/members")).isPositive();
		assertThat(requestsServed("membership-service-2", "POST", "/api/coalitions/{id}/members")).isPositive();

		// then every further activity event counts once, whichever instance applies it
		Map<String, Integer> before = new HashMap<>();
		for (String id : ids) {
			before.put(id, settledEvents(id));
		}
		for (String id : ids) {
			Ports.await("bruno may start a thread in " + id, WAIT,
					() -> web("POST", "/api/coalitions/" + id + "/threads", bruno,
							"{\"title\": \"Scaling out\", \"body\": \"Two of each.\"}").statusCode() == 201);
		}
		for (String id : ids) {
			Ports.await("the thread counted in " + id, WAIT, () -> events(id) >= before.get(id) + 1);
			assertThat(settledEvents(id)).as("activity events of " + id).isEqualTo(before.get(id) + 1);
		}
	}

	@Test
	void theDigestsRunOnOneInstanceAndMailEachPersonOncePerPeriod() throws Exception {
		proposeAndJoin("Digest coalition");
		// both instances look for due digests every 3 s: one of them holds the lease and runs them
		Ports.await("digest runs", WAIT, () -> digestRuns("notification-service") + digestRuns("notification-service-2") >= 3);
		Thread.sleep(7000);
		long first = digestRuns("notification-service");
		long second = digestRuns("notification-service-2");
		assertThat(first == 0 || second == 0).as("digest runs: %d and %d", first, second).isTrue();

		// the same person's digest asked of both instances within one minute is one mail
		if (LocalTime.now(ZoneOffset.UTC).getSecond() > 45) {
			Thread.sleep((61 - LocalTime.now(ZoneOffset.UTC).getSecond()) * 1000L);
		}
		for (String instance : List.of("NOTIFICATION", "SECOND_NOTIFICATION")) {
			HttpResponse<String> preview = stack.post(stack.url(instance, "/api/digests/preview"), alice, "");
			assertThat(preview.statusCode()).as(preview.body()).isEqualTo(202);
		}
		Mailboxes mailboxes = new Mailboxes(stack);
		String address = "alice@coalitions.example";
		Ports.await("alice's digest", WAIT, () -> mailboxes.mails(address)
			.stream()
			.anyMatch(mail -> Mailboxes.messageId(mail).contains("digest-preview")));
		Thread.sleep(5000);
		for (String person : List.of("alice", "bruno", "sam")) {
			List<String> ids = mailboxes.mails(person + "@coalitions.example").stream().map(Mailboxes::messageId).toList();
			assertThat(ids).as(person + "'s mails, each once").doesNotHaveDuplicates();
			if (person.equals("alice")) {
				assertThat(ids.stream().filter(id -> id.contains("digest-preview"))).as("alice's digests").hasSize(1);
			}
		}
	}

	@Test
	void theLiveDashboardOfEitherInstanceShowsUpdatesAppliedByBoth() throws Exception {
		List<EventStream> streams = new ArrayList<>();
		try {
			for (String instance : List.of("NOTIFICATION", "SECOND_NOTIFICATION")) {
				streams.add(new EventStream(stack.url(instance, "/api/activity/stream"), sam));
			}
			// and as the dashboard page gets it: through the web app
			streams.add(new EventStream(stack.url("WEB", "/api/activity/stream"), sam));
			for (EventStream stream : streams) {
				stream.awaitConnected();
			}
			List<String> ids = propose("Streamed coalition");
			for (EventStream stream : streams) {
				assertThat(stream.coalitionsWithin(WAIT, ids)).as(stream.url).containsAll(ids);
			}
		}
		finally {
			streams.forEach(EventStream::close);
		}
	}

	// --- commands -----------------------------------------------------------------------------------------

	private List<String> proposeAndJoin(String name) {
		List<String> ids = propose(name);
		for (String id : ids) {
			Ports.await("alice as the coordinator of " + id, WAIT,
					() -> web("GET", "/api/coalitions/" + id + "/members", alice, null).body().contains("COORDINATOR"));
		}
		// one after the other, so the web app hands them to membership-service's instances in turn
		for (String id : ids) {
			HttpResponse<String> joined = web("POST", "/api/coalitions/" + id + "/members", bruno, "{}");
			assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		}
		return ids;
	}

	private List<String> propose(String name) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < COALITIONS; i++) {
			HttpResponse<String> created = web("POST", "/api/coalitions", alice, """
					{"name": "%s %d %d", "theme": "OPEN_STANDARDS", "summary": "Two instances of each service.",
					 "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]},
					 "joinPolicy": "OPEN"}""".formatted(name, i, System.nanoTime()));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			ids.add(LocalStack.json(created.body()).get("id").asString());
		}
		coalitions.addAll(ids);
		for (String id : ids) {
			Ports.await(id + " in membership-service", WAIT,
					() -> web("GET", "/api/coalitions/" + id + "/membership-info", null, null).statusCode() == 200);
		}
		return ids;
	}

	/** Through the web app, as a script calls it: a bearer token, no session. */
	private HttpResponse<String> web(String method, String path, String token, String body) {
		return stack.request(method, stack.url("WEB", path), token, body, Map.of());
	}

	// --- what the instances say -------------------------------------------------------------------------

	/** Each service group's partitions by the instance owning them (client ids start with the instance's name). */
	private static Map<String, Map<String, Set<TopicPartition>>> partitionsByInstance(Admin admin) {
		try {
			List<String> groups = admin.listConsumerGroups()
				.all()
				.get(10, TimeUnit.SECONDS)
				.stream()
				.map(ConsumerGroupListing::groupId)
				.toList();
			Map<String, Map<String, Set<TopicPartition>>> owners = new HashMap<>();
			for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups)
				.all()
				.get(10, TimeUnit.SECONDS)
				.values()) {
				for (MemberDescription member : group.members()) {
					String instance = instanceOf(member.clientId());
					if (instance != null) {
						owners.computeIfAbsent(group.groupId(), id -> new HashMap<>())
							.computeIfAbsent(instance, id -> new HashSet<>())
							.addAll(member.assignment().topicPartitions());
					}
				}
			}
			return owners;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A group named after its one instance ({@code EventSubscription.perInstance}): that instance's own. */
	private static boolean isInstancesOwn(String group, Map<String, Set<TopicPartition>> byInstance) {
		return byInstance.size() == 1 && group.endsWith("-" + byInstance.keySet().iterator().next());
	}

	/** {@code membership-service-2-membership-rosters-0} is of {@code membership-service-2}. */
	private static String instanceOf(String clientId) {
		for (String service : SERVICES) {
			if (clientId.startsWith(service + "-2-")) {
				return service + "-2";
			}
			if (clientId.startsWith(service + "-")) {
				return service;
			}
		}
		return null;
	}

	/** How many requests of that method and route pattern the instance answered (its Prometheus metrics). */
	private long requestsServed(String instance, String method, String uri) {
		String port = stack.env.get(instance.endsWith("-2")
				? "SECOND_" + instance.substring(0, instance.indexOf('-')).toUpperCase() + "_PORT"
				: instance.substring(0, instance.indexOf('-')).toUpperCase() + "_PORT");
		HttpResponse<String> metrics = stack.get("http://127.0.0.1:" + port + "/actuator/prometheus", null);
		if (metrics.statusCode() != 200) {
			metrics = stack.get("http://127.0.0.1:" + port + "/actuator/prometheus", sam);
		}
		assertThat(metrics.statusCode()).as(instance + " metrics").isEqualTo(200);
		long served = 0;
		for (String line : metrics.body().lines().toList()) {
			if (line.startsWith("http_server_requests_seconds_count{") && line.contains("method=\"" + method + "\"")
					&& line.contains("uri=\"" + uri + "\"")) {
				served += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return served;
	}

	private int events(String coalitionId) {
		return LocalStack.json(web("GET", "/api/activity/coalitions/" + coalitionId, sam, null).body())
			.path("eventsLast30Days")
			.asInt();
	}

	/** The coalition's activity events once the count has not moved for 3 seconds. */
	private int settledEvents(String coalitionId) {
		int[] last = { -1 };
		Ports.await("the activity of " + coalitionId + " to settle", WAIT, () -> {
			int now = events(coalitionId);
			boolean same = now == last[0];
			last[0] = now;
			if (!same) {
				BrowserSystemTests.sleep(3000);
			}
			return same;
		});
		return last[0];
	}

	/** The runs an instance's log reports done since this class restarted it. */
	private long digestRuns(String instance) {
		Path log = stack.logOf(instance);
		try (java.io.InputStream in = Files.newInputStream(log)) {
			in.skipNBytes(logFrom.getOrDefault(instance, 0L));
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter(line -> line.contains("Digest run done"))
				.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A JSON array's {@code displayName}s (a roster). */
	private record JsonArray(String body) {

		List<String> names() {
			List<String> names = new ArrayList<>();
			var json = LocalStack.json(body);
			(json.isArray() ? json : json.path("items")).forEach(member -> names.add(member.path("displayName").asString()));
			return names;
		}
	}

	/** An activity stream read line by line, as a browser's EventSource would. */
	private final class EventStream implements AutoCloseable {

		final String url;

		final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		final HttpResponse<Stream<String>> response;

		EventStream(String url, String token) throws Exception {
			this.url = url;
			this.response = stack.http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofLines());
			assertThat(response.statusCode()).as(url).isEqualTo(200);
			Thread reader = new Thread(() -> {
				try {
					response.body().forEach(lines::add);
				}
				catch (RuntimeException closed) {
					// the test closed the stream
				}
			}, "scale-out-stream");
			reader.setDaemon(true);
			reader.start();
		}

		void awaitConnected() throws InterruptedException {
			String line = lines.poll(30, TimeUnit.SECONDS);
			assertThat(line).as(url + " says it is connected").isEqualTo(":connected");
		}

		/** The coalitions of the {@code coalition} events that arrive until all of {@code expected} did. */
		Set<String> coalitionsWithin(Duration wait, List<String> expected) throws InterruptedException {
			Set<String> seen = new HashSet<>();
			Pattern coalition = Pattern.compile("\"coalitionId\":\"([^\"]+)\"");
			long deadline = System.nanoTime() + wait.toNanos();
			while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
				String line = lines.poll(100, TimeUnit.MILLISECONDS);
				if (line != null && line.startsWith("data:")) {
					Matcher id = coalition.matcher(line);
					if (id.find()) {
						seen.add(id.group(1));
					}
				}
			}
			return seen;
		}

		@Override
		public void close() {
			response.body().close();
		}
	}
}
