package org.coalitions.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.coalitions.infra.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack exactly as a newcomer starts it ({@code infra/stack up}), on free ports and in a state folder
 * of its own under {@code target/}, so it never touches a stack someone is running.
 */
final class LocalStack {

	static final Path REPO = Path.of(System.getProperty("user.dir")).resolve("..").normalize();

	static final JsonMapper JSON = JsonMapper.builder().build();

	final Map<String, String> env = new LinkedHashMap<>();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final Path log;

	LocalStack(Path stateDir) {
		this(stateDir, true);
	}

	private LocalStack(Path stateDir, boolean choosePorts) {
		env.put("STACK_DIR", stateDir.toAbsolutePath().toString());
		if (choosePorts) {
			choosePorts();
		}
		env.put("STACK_DEMO_DATA", "1");
		// the reactor has just built the jars; the stack must run those, not build again
		env.put("STACK_BUILD", "never");
		// the readiness waits, three times the newcomer's: a CI machine's first start of Keycloak (its build step
		// included) has needed more than the 4 minutes a developer's machine takes at most
		env.put("STACK_TIMEOUT_FACTOR", System.getenv().getOrDefault("STACK_TIMEOUT_FACTOR", "3"));
		this.log = stateDir.resolveSibling(stateDir.getFileName() + "-commands.log");
	}

	private void choosePorts() {
		for (String port : portVariables()) {
			env.put(port, String.valueOf(Ports.free()));
		}
	}

	/** Every port of the stack, by the variable {@code infra/stack} reads it from: its defaults file names them. */
	static List<String> portVariables() {
		try (var lines = Files.lines(REPO.resolve("infra/stack.defaults"))) {
			return lines.map(line -> line.split("=", 2)[0]).filter(name -> name.matches("[A-Z_]+_PORT")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void up() {
		// a fresh stack each run: state left by an earlier run would test that run's data, not this build
		run(Duration.ofMinutes(3), "infra/stack", "reset");
		int exit = run(Duration.ofMinutes(15), "infra/stack", "up");
		if (exit != 0) {
			// Starting seven servers on a shared 2-core machine can fail for reasons outside this project (a
			// port grabbed in between, a slow disk); the first failure is printed in full, then the stack gets
			// one more chance from a clean state. A second failure fails the run.
			printDiagnostics();
			System.out.println("infra/stack up failed with " + exit + "; resetting and trying once more");
			run(Duration.ofMinutes(3), "infra/stack", "reset");
			choosePorts();
			exit = run(Duration.ofMinutes(15), "infra/stack", "up");
		}
		if (exit != 0) {
			printDiagnostics();
			// the output of the tests goes to files a CI machine does not keep: the build output gets what
			// infra/stack said (the failing component's last lines included) in the failure itself
			throw new IllegalStateException("infra/stack up failed with " + exit + "; see " + log + " and "
					+ env.get("STACK_DIR") + "/logs. It said:\n" + tail(log, 40));
		}
	}

	/**
	 * Prints the stack's own output and the end of every log, so that a failure on a CI machine (whose files
	 * are gone when the run ends) explains itself in the build output.
	 */
	void printDiagnostics() {
		System.out.println("---- " + log + " ----");
		System.out.println(tail(log, 200));
		Path logs = Path.of(env.get("STACK_DIR"), "logs");
		try (var files = Files.list(logs)) {
			files.sorted().forEach((file) -> {
				System.out.println("---- " + file + " (last 60 lines) ----");
				System.out.println(tail(file, 60));
			});
		}
		catch (IOException ex) {
			System.out.println("no logs in " + logs + ": " + ex);
		}
	}

	private static String tail(Path file, int lines) {
		try {
			List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

	void down() {
		run(Duration.ofMinutes(2), "infra/stack", "down");
	}

	/**
	 * Kills one component at once (SIGKILL, as a crash would: no shutdown hooks, nothing flushed), by the pid
	 * {@code infra/stack up} wrote, and waits until it is gone. {@link #startStopped()} brings it back.
	 */
	void kill(String component) {
		end(component, true);
	}

	/**
	 * Stops one component as an operator would (SIGTERM: it shuts down in order, a store closes its files), and
	 * waits until it is gone. {@link #startStopped()} brings it back.
	 */
	void stop(String component) {
		end(component, false);
	}

	private void end(String component, boolean crash) {
		Path pidFile = Path.of(env.get("STACK_DIR"), "pids", component + ".pid");
		try {
			long pid = Long.parseLong(Files.readString(pidFile).trim());
			// a pid file only counts when its process is of this stack, as for infra/stack itself
			ProcessHandle process = ProcessHandle.of(pid)
				.filter(running -> running.info().commandLine().orElse("").contains(env.get("STACK_DIR") + "/"))
				.orElseThrow(() -> new IllegalStateException(component + " is not running (pid " + pid + ")"));
			if (crash) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
			else {
				process.descendants().forEach(ProcessHandle::destroy);
				process.destroy();
			}
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException(component + " did not end", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts whatever of the stack is not running and waits until it is ready: {@code infra/stack up} leaves
	 * running components alone and finds the demo data loaded.
	 */
	void startStopped() {
		int exit = run(Duration.ofMinutes(5), "infra/stack", "up");
		if (exit != 0) {
			printDiagnostics();
			throw new IllegalStateException("infra/stack up (a restart) failed with " + exit + "; see " + log);
		}
	}

	/** A component's log ({@code infra/stack} appends each start to it). */
	Path logOf(String component) {
		return Path.of(env.get("STACK_DIR"), "logs", component + ".log");
	}

	/** Stops whatever is still running of a stack in that folder, with the ports it was started on. */
	static void downAt(Path stateDir) {
		new LocalStack(stateDir, false).down();
	}

	int run(Duration timeout, String... command) {
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(env);
			builder.environment().remove("MONGODB_URI");
			Process process = builder.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " timed out; see " + log);
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String url(String component, String path) {
		return "http://127.0.0.1:" + env.get(component + "_PORT") + path;
	}

	/** A real access token from the stack's Keycloak, by password grant of the scripts' client. */
	String token(String user) {
		String form = "grant_type=password&client_id=coalitions-cli&username=" + URLEncoder.encode(user,
				StandardCharsets.UTF_8) + "&password=demo";
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + env.get("KEYCLOAK_PORT")
					+ "/realms/coalitions/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("no token for " + user + ": " + response.body());
		}
		return json(response.body()).get("access_token").asString();
	}

	HttpResponse<String> get(String url, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	HttpResponse<String> post(String url, String token, String body) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Any request; {@code token} and {@code body} may be null, a body is sent as JSON. */
	HttpResponse<String> request(String method, String url, String token, String body, Map<String, String> headers) {
		return send(build(method, url, token, body, headers));
	}

	/** A status and the body as text. */
	record Answer(int status, String body) {
	}

	/**
	 * Like {@link #request}, but an event stream ({@code text/event-stream}), which would never end, is closed as
	 * soon as its status is known.
	 */
	Answer answer(String method, String url, String token, String body, Map<String, String> headers) {
		return answer(build(method, url, token, body, headers));
	}

	/** The same for a request built elsewhere (a file upload). */
	Answer answer(HttpRequest request) {
		try {
			HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (java.io.InputStream in = response.body()) {
				boolean stream = response.headers()
					.firstValue("Content-Type")
					.orElse("")
					.startsWith("text/event-stream");
				return new Answer(response.statusCode(),
						stream ? "(event stream)" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest build(String method, String url, String token, String body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		return request.build();
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}
}
