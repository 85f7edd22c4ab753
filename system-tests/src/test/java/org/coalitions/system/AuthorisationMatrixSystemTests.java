package org.coalitions.system;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coalitions.infra.Ports;
import org.coalitions.system.AuthorisationMatrix.Caller;
import org.coalitions.system.AuthorisationMatrix.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.abbreviate;
import static org.coalitions.system.Responses.await;
import static org.coalitions.system.Responses.expect;
import static org.coalitions.system.Responses.id;

/**
 * Every endpoint of every service, called by each kind of caller with real Keycloak tokens on the local stack,
 * answers exactly the status {@code authorisation-matrix.md} gives; and that table covers every operation the
 * services document in OpenAPI, so an endpoint added without a row fails here.
 */
@ExtendWith(SharedLocalStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationMatrixSystemTests {

	static final Duration WAIT = Duration.ofSeconds(90);

	/** Each table service and the stack's port variable of it. */
	static final Map<String, String> SERVICES = Map.of("coalition", "COALITION", "membership", "MEMBERSHIP",
			"notification", "NOTIFICATION");

	static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	static final Pattern COALITION_IN_PATH = Pattern.compile("^/api/coalitions/([^/]+)");

	/** A post's path: group 1 its thread's path, group 2 the post's id. */
	static final Pattern POST_IN_PATH = Pattern.compile("^(/api/coalitions/[^/]+/threads/[^/]+)/posts/([^/?]+)");

	final LocalStack stack;

	final List<Row> rows = AuthorisationMatrix.rows();

	/** What the placeholders of the table stand for, made by {@link #setUp()}. */
	final Map<String, String> values = new HashMap<>();

	final Map<String, String> subjects = new HashMap<>();

	final Map<String, Token> tokens = new HashMap<>();

	final AtomicInteger unique = new AtomicInteger();

	final String run = UUID.randomUUID().toString().substring(0, 6);

	record Token(String value, Instant fetchedAt) {
	}

	AuthorisationMatrixSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	/**
	 * Coalition X (MODERATED, proposed by alice) with members chen, emeka and farah (each asked, alice approved)
	 * and gita's pending request; coalition Y (OPEN, proposed by bruno) with member dana; in X a thread, a
	 * meeting, a published outcome and a draft; proposal P (by alice) waiting for review. Every step waits until
	 * the services that check it know it.
	 */
	@BeforeAll
	void setUp() {
		for (String user : List.of("alice", "bruno", "chen", "dana", "emeka", "farah", "gita", "sam")) {
			HttpResponse<String> me = call("GET", "membership", "/api/me", user, null);
			assertThat(me.statusCode()).as(user + " " + me.body()).isEqualTo(200);
			subjects.put(user, LocalStack.json(me.body()).get("id").asString());
		}
		String x = propose("alice", "Matrix X " + run, "MODERATED");
		String y = propose("bruno", "Matrix Y " + run, "OPEN");
		values.put("X", x);
		values.put("Y", y);
		values.put("P", propose("alice", "Matrix P " + run, "OPEN"));
		await("alice coordinates X in membership-service",
				() -> call("GET", "membership", "/api/coalitions/" + x + "/join-requests", "alice", null), 200);
		await("bruno coordinates Y in membership-service",
				() -> call("GET", "membership", "/api/coalitions/" + y + "/join-requests", "bruno", null), 200);
		for (String user : List.of("chen", "emeka", "farah")) {
			String request = askToJoin(x, user);
			HttpResponse<String> approved = call("POST", "membership",
					"/api/coalitions/" + x + "/join-requests/" + request + "/decision", "alice",
					"{\"approve\": true, \"message\": \"Welcome\"}");
			assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		}
		values.put("requestX", askToJoin(x, "gita"));
		HttpResponse<String> joined = call("POST", "membership", "/api/coalitions/" + y + "/members", "dana", "{}");
		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		values.put("removableX", subjects.get("emeka"));
		values.put("promotableX", subjects.get("farah"));
		values.put("invitationX", LocalStack.json(expect(call("POST", "membership", "/api/coalitions/" + x + "/invitations",
				"alice", "{\"emails\": [\"matrix-" + run + "@coalitions.example\"]}"), 201).body())
			.get("invited").get(0).get("invitationId").asString());
		consentToShowEmail("chen");

		values.put("meetingX", id(await("alice coordinates X in coalition-service", () -> call("POST", "coalition",
				"/api/coalitions/" + x + "/meetings", "alice",
				"{\"title\": \"Setup meeting\", \"startsAt\": \"2020-01-01T10:00:00\", \"timeZone\": \"UTC\"}"), 201)));
		values.put("cancellableX", id(expect(call("POST", "coalition", "/api/coalitions/" + x + "/meetings", "alice",
				"{\"title\": \"Meeting to cancel\", \"startsAt\": \"2031-01-01T10:00:00\", \"timeZone\": \"UTC\"}"),
				201)));
		values.put("calendarOwnerX", subjects.get("chen"));
		values.put("threadX", id(await("chen is a member of X in coalition-service", () -> call("POST", "coalition",
				"/api/coalitions/" + x + "/threads", "chen", "{\"title\": \"Setup thread\", \"body\": \"Hello\"}"), 201)));
		values.put("replyX", LocalStack.json(expect(call("POST", "coalition", "/api/coalitions/" + x + "/threads/"
				+ values.get("threadX") + "/replies", "chen", "{\"body\": \"A reply to edit, hide and remove\"}"), 201)
			.body()).get("postId").asString());
		await("dana is a member of Y in coalition-service", () -> call("POST", "coalition",
				"/api/coalitions/" + y + "/threads", "dana", "{\"title\": \"Setup thread\", \"body\": \"Hello\"}"), 201);
		await("bruno coordinates Y in coalition-service", () -> call("POST", "coalition",
				"/api/coalitions/" + y + "/meetings", "bruno",
				"{\"title\": \"Setup meeting\", \"startsAt\": \"2031-01-01T10:00:00\", \"timeZone\": \"UTC\"}"), 201);
		String published = draft(x, "Published outcome");
		values.put("publishedDocumentX", document(x, published));
		assertThat(call("POST", "coalition", "/api/coalitions/" + x + "/outcomes/" + published + "/publish", "alice",
				null).statusCode()).isEqualTo(200);
		values.put("publishedX", published);
		values.put("draftX", draft(x, "Draft outcome"));
		values.put("inAMonth", Instant.now().plus(Duration.ofDays(30)).toString());
		values.put("draftDocumentX", document(x, values.get("draftX")));
		await("X's activity data", () -> call("GET", "notification", "/api/activity/coalitions/" + x, "sam", null), 200);
		values.put("feedEntryX", feedEntry("chen", x));
		// a dead letter that is not there, in a dead-letter topic every service reads (for 404 behind the role check)
		values.put("noDeadLetter", "coalition.events.dlt:0:999999999");
	}

	@Test
	@Order(1)
	void everyDocumentedOperationHasARowAndEveryRowIsADocumentedOperation() {
		Set<String> documented = new TreeSet<>();
		SERVICES.forEach((service, port) -> {
			HttpResponse<String> docs = stack.get(stack.url(port, "/v3/api-docs"), null);
			assertThat(docs.statusCode()).as(service + " OpenAPI").isEqualTo(200);
			LocalStack.json(docs.body()).get("paths").properties().forEach(path -> {
				if (!path.getKey().startsWith("/actuator") && !path.getKey().startsWith("/v3/api-docs")
						&& !path.getKey().startsWith("/swagger-ui")) {
					path.getValue()
						.propertyNames()
						.stream()
						.filter(HTTP_METHODS::contains)
						.forEach(method -> documented.add(Row.operation(service, method, path.getKey())));
				}
			});
		});
		Set<String> inTable = new TreeSet<>();
		rows.forEach(row -> inTable.add(row.operation()));

		assertThat(documented).as("the services document operations").hasSizeGreaterThan(20);
		Set<String> withoutRow = new TreeSet<>(documented);
		withoutRow.removeAll(inTable);
		assertThat(withoutRow).as("operations without a row in " + AuthorisationMatrix.RESOURCE).isEmpty();
		Set<String> unknown = new TreeSet<>();
		rows.stream().filter(row -> !row.before().equals("page")).forEach(row -> unknown.add(row.operation()));
		unknown.removeAll(documented);
		assertThat(unknown).as("rows of " + AuthorisationMatrix.RESOURCE + " naming no documented operation").isEmpty();
	}

	/** Members see each other without addresses; coordinators see the addresses of those who agreed to it. */
	@Test
	@Order(2)
	void membersListsShowEmailsOnlyToCoordinatorsAndOnlyWithConsent() {
		String members = "/api/coalitions/" + values.get("X") + "/members";
		for (String user : List.of("chen", "sam")) {
			HttpResponse<String> list = call("GET", "membership", members, user, null);
			assertThat(list.statusCode()).isEqualTo(200);
			assertThat(list.body()).as(user + " sees no addresses").doesNotContain("\"email\"").doesNotContain("@");
		}
		JsonNode byCoordinator = LocalStack.json(call("GET", "membership", members, "alice", null).body());
		Map<String, Boolean> hasEmail = new LinkedHashMap<>();
		byCoordinator.forEach(member -> hasEmail.put(member.get("memberId").asString(), member.has("email")));
		assertThat(hasEmail).containsEntry(subjects.get("chen"), true)
			.containsEntry(subjects.get("emeka"), false)
			.containsEntry(subjects.get("farah"), false);
	}

	@Test
	@Order(3)
	void everyCallerGetsExactlyTheStatusOfTheTable() {
		List<String> wrong = new ArrayList<>();
		StringBuilder report = new StringBuilder("Authorisation matrix, " + rows.size() + " rows:\n");
		for (Row row : rows) {
			StringBuilder line = new StringBuilder(String.format("%-13s %-6s %-60s", row.service(), row.method(), row.path()));
			for (Caller caller : Caller.values()) {
				int expected = row.expected().get(caller.ordinal());
				prepare(row);
				String url = stack.url(port(row.service()), fill(row.path(), caller));
				String token = caller.user == null ? null : token(caller.user);
				String body = row.body() == null ? null : fill(row.body(), caller);
				LocalStack.Answer answer = row.before().equals("multipart")
						? stack.answer(Uploads.upload(url, token, "matrix.pdf", body.getBytes(StandardCharsets.UTF_8)))
						: stack.answer(row.method(), url, token, body, headers(row));
				line.append(String.format(" %s%d", answer.status() == expected ? " " : "!", answer.status()));
				if (answer.status() != expected) {
					wrong.add(row + " as " + caller + ": expected " + expected + ", got " + answer.status() + " "
							+ abbreviate(answer.body()));
				}
			}
			report.append(line).append('\n');
		}
		System.out.println(report);
		assertThat(wrong).as("callers answered otherwise than " + AuthorisationMatrix.RESOURCE + " says").isEmpty();
	}

	/** What the row's {@code before} asks for, done again before each caller's request. */
	private void prepare(Row row) {
		if (row.before().isEmpty() || row.before().equals("etag") || row.before().equals("revision")
				|| row.before().equals("page") || row.before().equals("multipart")) {
			return;
		}
		String coalition = coalitionIn(row);
		boolean closed = "CLOSED".equals(LocalStack.json(call("GET", "coalition", "/api/coalitions/" + coalition, null, null)
			.body()).get("status").asString());
		if (row.before().equals("open") && closed) {
			expect(call("POST", "coalition", "/api/coalitions/" + coalition + "/reopen", "sam",
					"{\"reason\": \"matrix: open again\"}"), 200);
		}
		else if (row.before().equals("closed") && !closed) {
			expect(call("POST", "coalition", "/api/coalitions/" + coalition + "/close", "sam",
					"{\"reason\": \"matrix: closed first\"}"), 200);
		}
		else if (!row.before().equals("open") && !row.before().equals("closed")) {
			throw new IllegalStateException(row + ": unknown 'before' " + row.before() + " (etag, revision, open, closed, page, multipart)");
		}
	}

	private Map<String, String> headers(Row row) {
		if (row.before().equals("revision")) {
			return Map.of("If-Match", "\"" + revisionOfThePostIn(row) + "\"");
		}
		if (!row.before().equals("etag")) {
			return Map.of();
		}
		HttpResponse<String> coalition = call("GET", "coalition", "/api/coalitions/" + coalitionIn(row), null, null);
		return Map.of("If-Match", coalition.headers().firstValue("ETag").orElseThrow());
	}

	/** The current revision of the post a row's path names ({@code …/threads/{thread}/posts/{post}}), as anyone reads it. */
	private int revisionOfThePostIn(Row row) {
		Matcher matcher = POST_IN_PATH.matcher(fill(row.path(), Caller.ANONYMOUS));
		if (!matcher.find()) {
			throw new IllegalStateException(row + ": 'before' revision needs a post in the path");
		}
		JsonNode thread = LocalStack.json(expect(call("GET", "coalition", matcher.group(1), null, null), 200).body());
		return Stream.concat(Stream.of(thread.get("opening")), thread.get("replies").valueStream())
			.filter(post -> post.get("postId").asString().equals(matcher.group(2)))
			.findFirst()
			.orElseThrow()
			.get("revision")
			.asInt();
	}

	private String coalitionIn(Row row) {
		Matcher matcher = COALITION_IN_PATH.matcher(fill(row.path(), Caller.ANONYMOUS));
		if (!matcher.find()) {
			throw new IllegalStateException(row + ": 'before' " + row.before() + " needs a coalition in the path");
		}
		return matcher.group(1);
	}

	private String fill(String template, Caller caller) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = switch (name) {
				case "unique" -> run + "-" + unique.incrementAndGet();
				case "me" -> ownProfile(caller);
				default -> values.get(name);
			};
			if (value == null) {
				throw new IllegalStateException("no value for {" + name + "} in " + template);
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** The caller's profile as they would send it back unchanged (fields a PUT does not take are ignored). */
	private String ownProfile(Caller caller) {
		return caller.user == null ? "{}" : call("GET", "membership", "/api/me", caller.user, null).body();
	}

	private void consentToShowEmail(String user) {
		ObjectNode profile = (ObjectNode) LocalStack.json(call("GET", "membership", "/api/me", user, null).body());
		profile.put("emailVisibleToCoordinators", true);
		expect(call("PUT", "membership", "/api/me", user, profile.toString()), 200);
	}

	private String propose(String user, String name, String joinPolicy) {
		HttpResponse<String> created = expect(call("POST", "coalition", "/api/coalitions", user, "{\"name\": \"" + name
				+ "\", \"theme\": \"OTHER\", \"themeName\": \"Authorisation\", \"summary\": \"Set up by the matrix.\", "
				+ "\"statement\": {\"rationale\": \"Authorisation.\", \"actionPlan\": \"Check it.\", "
				+ "\"contactPersons\": [\"Matrix\"]}, \"joinPolicy\": \"" + joinPolicy + "\"}"), 201);
		String id = id(created);
		await(name + " in membership-service",
				() -> call("GET", "membership", "/api/coalitions/" + id + "/membership-info", null, null), 200);
		return id;
	}

	/** The newest entry about the coalition in the person's feed, once there is one. */
	private String feedEntry(String user, String coalition) {
		AtomicReference<String> entry = new AtomicReference<>();
		Ports.await("an entry about " + coalition + " in " + user + "'s feed", WAIT, () -> {
			HttpResponse<String> feed = await("notification-service", () -> call("GET", "notification",
					"/api/feed?size=100", user, null), 200);
			if (feed.statusCode() == 200) {
				LocalStack.json(feed.body()).get("items").forEach(item -> {
					if (entry.get() == null && coalition.equals(item.get("coalitionId").asString())) {
						entry.set(item.get("id").asString());
					}
				});
			}
			if (entry.get() == null) {
				BrowserSystemTests.sleep(400);
			}
			return entry.get() != null;
		});
		return entry.get();
	}

	private String askToJoin(String coalition, String user) {
		HttpResponse<String> asked = expect(call("POST", "membership", "/api/coalitions/" + coalition + "/members", user,
				"{\"message\": \"May I?\"}"), 202);
		return LocalStack.json(asked.body()).get("requestId").asString();
	}

	private String draft(String coalition, String title) {
		return id(expect(call("POST", "coalition", "/api/coalitions/" + coalition + "/outcomes", "alice",
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"" + title + "\", \"body\": \"Text.\"}"), 201));
	}

	/** A PDF chen (a member) attaches to the outcome; its id. */
	private String document(String coalition, String outcome) {
		LocalStack.Answer added = stack.answer(Uploads.upload(
				stack.url(port("coalition"), "/api/coalitions/" + coalition + "/outcomes/" + outcome + "/documents"),
				token("chen"), "setup.pdf", Uploads.pdf("Setup")));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return LocalStack.json(added.body()).get("id").asString();
	}

	private HttpResponse<String> call(String method, String service, String path, String user, String body) {
		return call(method, service, path, user, body, Map.of());
	}

	private HttpResponse<String> call(String method, String service, String path, String user, String body,
			Map<String, String> headers) {
		return stack.request(method, stack.url(port(service), path), user == null ? null : token(user), body, headers);
	}

	private static String port(String service) {
		String port = SERVICES.get(service);
		if (port == null) {
			throw new IllegalStateException("no service '" + service + "' (one of " + SERVICES.keySet() + ")");
		}
		return port;
	}

	/** Keycloak's tokens live 15 minutes here; each is fetched once and again after 10. */
	private String token(String user) {
		Token token = tokens.get(user);
		if (token == null || token.fetchedAt().isBefore(Instant.now().minus(Duration.ofMinutes(10)))) {
			token = new Token(stack.token(user), Instant.now());
			tokens.put(user, token);
		}
		return token.value();
	}

}
