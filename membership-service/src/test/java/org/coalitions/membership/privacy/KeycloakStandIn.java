package org.coalitions.membership.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Keycloak's part in an erasure, as a stand-in on a free port, one per test JVM: the token endpoint (client
 * credentials of {@code coalitions-accounts} with the configured secret only) and {@code DELETE
 * /admin/realms/coalitions/users/{id}} (with that token only: 204, or 404 for an account already gone). {@link
 * #down} makes both answer 503, as a Keycloak that is restarting does.
 */
public final class KeycloakStandIn {

	public static final String SECRET = "test-accounts-secret";

	private static final String TOKEN = "stand-in-admin-token";

	private static KeycloakStandIn instance;

	private final HttpServer server;

	private final Set<String> removed = ConcurrentHashMap.newKeySet();

	private final List<String> removals = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	private KeycloakStandIn() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		server.setExecutor(null);
		server.start();
	}

	public static synchronized KeycloakStandIn get() {
		if (instance == null) {
			instance = new KeycloakStandIn();
		}
		return instance;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The ids of the accounts removed (each once, however often it was asked). */
	public List<String> removals() {
		return List.copyOf(removals);
	}

	public void down(boolean down) {
		this.down = down;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		if (down) {
			answer(exchange, 503, "");
		}
		else if ("POST".equals(method) && path.equals("/realms/coalitions/protocol/openid-connect/token")) {
			String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean ours = form.contains("grant_type=client_credentials") && form.contains("client_id=coalitions-accounts")
					&& form.contains("client_secret=" + SECRET);
			answer(exchange, ours ? 200 : 401, ours ? "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\"}"
					: "{\"error\":\"unauthorized_client\"}");
		}
		else if ("DELETE".equals(method) && path.startsWith("/admin/realms/coalitions/users/")) {
			if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, "");
				return;
			}
			String id = path.substring(path.lastIndexOf('/') + 1);
			if (removed.add(id)) {
				removals.add(id);
				answer(exchange, 204, "");
			}
			else {
				answer(exchange, 404, "{\"error\":\"User not found\"}");
			}
		}
		else {
			answer(exchange, 404, "");
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0 && status != 204) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}
}
