package org.coalitions.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small steady load through coalition-service's API with real Keycloak tokens: proposals (by each demo user in
 * turn) alternating with threads started in one coalition by its members. Every command carries a marker of its
 * own (in the coalition's name or the thread's title) so that its effects can be found afterwards, and is timed
 * from request to answer. Commands are sent on a pool of their own, so one that hangs does not hold up the next.
 */
final class SteadyLoad {

	static final List<String> PROPOSERS = List.of("alice", "bruno", "chen", "dana", "emeka", "farah", "gita");

	static final List<String> POSTERS = List.of("alice", "bruno", "chen");

	/** Tokens live 15 minutes in the stack's realm; one is fetched again well before. */
	private static final Duration TOKEN_KEPT = Duration.ofMinutes(5);

	enum Kind {
		PROPOSAL, THREAD
	}

	/**
	 * One command as the client saw it: {@code status} 0 when no answer came ({@code error} says why), {@code id}
	 * the created resource's.
	 */
	record Command(Kind kind, String marker, String user, Instant sentAt, long millis, int status, String contentType,
			String retryAfter, String id, String error) {

		boolean accepted() {
			return status == 201 && id != null;
		}

		boolean refused() {
			return status == 503;
		}

		/** A refusal as the platform promises it: within 2 seconds, a problem, saying when to try again. */
		boolean fastProblem() {
			return refused() && millis < 2000 && contentType != null
					&& contentType.startsWith("application/problem+json") && retryAfter != null;
		}

		/** The name or title the command gave, with its marker. */
		String label() {
			return "Fault load " + marker;
		}
	}

	private record Token(String value, Instant fetched) {
	}

	private final LocalStack stack;

	private final String coalitionId;

	private final String prefix;

	private final int perSecond;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService senders = Executors.newFixedThreadPool(8);

	private final List<Command> done = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger sequence = new AtomicInteger();

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	/**
	 * @param coalitionId where the threads are started (the {@link #POSTERS} are its members)
	 * @param prefix begins every marker of this load (unique per fault)
	 */
	SteadyLoad(LocalStack stack, String coalitionId, String prefix, int perSecond) {
		this.stack = stack;
		this.coalitionId = coalitionId;
		this.prefix = prefix;
		this.perSecond = perSecond;
	}

	int perSecond() {
		return perSecond;
	}

	/** Fetches every token first (Keycloak's time is not the services'), then sends {@code perSecond} commands a second. */
	SteadyLoad start() {
		PROPOSERS.forEach(this::token);
		ticks.scheduleAtFixedRate(() -> senders.execute(this::sendOne), 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
		return this;
	}

	/** Every command sent so far, answered or not. */
	List<Command> sent() {
		synchronized (done) {
			return List.copyOf(done);
		}
	}

	/** Stops sending and waits for the answers of the commands under way. */
	List<Command> stop() {
		ticks.shutdownNow();
		senders.shutdown();
		try {
			if (!senders.awaitTermination(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("commands still without an answer 30 s after the load stopped");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return sent();
	}

	private void sendOne() {
		int n = sequence.incrementAndGet();
		String marker = prefix + "-" + n;
		Kind kind = n % 2 == 0 ? Kind.PROPOSAL : Kind.THREAD;
		String user;
		String path;
		String body;
		if (kind == Kind.PROPOSAL) {
			user = PROPOSERS.get((n / 2) % PROPOSERS.size());
			path = "/api/coalitions";
			body = """
					{"name": "Fault load %s", "theme": "OPEN_STANDARDS", "summary": "Steady load of the fault suite.",
					 "statement": {"rationale": "Load.", "actionPlan": "None.", "contactPersons": ["Contact Person"]},
					 "joinPolicy": "MODERATED"}""".formatted(marker);
		}
		else {
			user = POSTERS.get((n / 2) % POSTERS.size());
			path = "/api/coalitions/" + coalitionId + "/threads";
			body = "{\"title\": \"Fault load " + marker + "\", \"body\": \"Steady load of the fault suite.\"}";
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("COALITION", path)))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + token(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		Instant sentAt = Instant.now();
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long millis = (System.nanoTime() - started) / 1_000_000;
			String id = response.statusCode() == 201 ? LocalStack.json(response.body()).path("id").asString(null) : null;
			String error = response.statusCode() >= 400
					? response.body().substring(0, Math.min(300, response.body().length())) : null;
			done.add(new Command(kind, marker, user, sentAt, millis, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("Retry-After").orElse(null), id, error));
		}
		catch (IOException ex) {
			done.add(new Command(kind, marker, user, sentAt, (System.nanoTime() - started) / 1_000_000, 0, null, null,
					null, ex.toString()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String token(String user) {
		return tokens.compute(user, (name, held) -> held != null
				&& held.fetched().plus(TOKEN_KEPT).isAfter(Instant.now()) ? held
						: new Token(stack.token(name), Instant.now()))
			.value();
	}
}
