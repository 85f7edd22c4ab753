package org.coalitions.system;

import java.io.IOException;
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

	static final Path REPO = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

	static final JsonMapper JSON = JsonMapper.builder().build();

	final Map<String, String> env = new LinkedHashMap<>();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final Path log;

	LocalStack(Path stateDir) {
		env.put("STACK_DIR", stateDir.toAbsolutePath().toString());
		for (String port : List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "MONGO_PORT", "KEYCLOAK_PORT",
				"KEYCLOAK_MANAGEMENT_PORT", "SMTP_PORT", "IMAP_PORT", "GREENMAIL_API_PORT", "COALITION_PORT",
				"MEMBERSHIP_PORT", "NOTIFICATION_PORT", "WEB_PORT")) {
			env.put(port, String.valueOf(Ports.free()));
		}
		env.put("STACK_DEMO_DATA", "1");
		// the reactor has just built the jars; the stack must run those, not build again
		env.put("STACK_BUILD", "never");
		this.log = stateDir.resolveSibling(stateDir.getFileName() + "-commands.log");
	}

	void up() {
		// a fresh stack each run: state left by an earlier run would test that run's data, not this build
		run(Duration.ofMinutes(3), "infra/stack", "reset");
		int exit = run(Duration.ofMinutes(15), "infra/stack", "up");
		if (exit != 0) {
			throw new IllegalStateException("infra/stack up failed with " + exit + "; see " + log + " and "
					+ env.get("STACK_DIR") + "/logs");
		}
	}

	void down() {
		run(Duration.ofMinutes(2), "infra/stack", "down");
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
