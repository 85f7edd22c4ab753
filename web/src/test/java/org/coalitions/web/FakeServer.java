package org.coalitions.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free port standing in for a service (or Keycloak's token endpoint) in the front door's
 * tests. It records every request it receives; by default it answers 200 with a small JSON body naming itself,
 * and a test can register other answers per {@code METHOD path}.
 */
public final class FakeServer implements AutoCloseable {

	/** A request as the server received it. */
	public record Received(String method, String path, String query, Map<String, List<String>> headers,
			String body) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}
	}

	/** How to answer one request. */
	@FunctionalInterface
	public interface Answer {

		void answer(HttpExchange exchange) throws IOException;
	}

	public final String name;

	private final HttpServer server;

	public final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	public FakeServer(String name) {
		this.name = name;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", this::handle);
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public void on(String method, String path, Answer answer) {
		answers.put(method + " " + path, answer);
	}

	/** Answers {@code method path} with this status and JSON body, and headers given as name, value, name, value... */
	public void answer(String method, String path, int status, String json, String... headers) {
		on(method, path, (exchange) -> {
			for (int i = 0; i < headers.length; i += 2) {
				exchange.getResponseHeaders().set(headers[i], headers[i + 1]);
			}
			send(exchange, status, "application/json", json);
		});
	}

	public void reset() {
		received.clear();
		answers.clear();
	}

	public Received last() {
		return received.isEmpty() ? null : received.get(received.size() - 1);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
		Answer answer = answers.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
		try {
			if (answer != null) {
				answer.answer(exchange);
			}
			else {
				send(exchange, 200, "application/json", "{\"service\":\"" + name + "\"}");
			}
		}
		finally {
			exchange.close();
		}
	}

	public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
