package org.coalitions.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls a running service's API as a client would: JSON bodies, an optional bearer token (from {@link
 * TestTokens}, or a real Keycloak's), extra headers as name-value pairs. {@link ApiClientExtension} points one at
 * the service under test.
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String baseUrl;

	public ApiClient(String baseUrl) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	public static ApiClient onLocalPort(int port) {
		return new ApiClient("http://127.0.0.1:" + port);
	}

	public URI uri(String path) {
		return URI.create(baseUrl + path);
	}

	public ApiResponse get(String path) {
		return get(path, null);
	}

	public ApiResponse get(String path, String token, String... headers) {
		return send("GET", path, token, null, headers);
	}

	public ApiResponse post(String path, String token, String body, String... headers) {
		return send("POST", path, token, body, headers);
	}

	public ApiResponse put(String path, String token, String body, String... headers) {
		return send("PUT", path, token, body, headers);
	}

	public ApiResponse delete(String path, String token, String... headers) {
		return send("DELETE", path, token, null, headers);
	}

	/**
	 * A request with a body (none when {@code body} is null; JSON unless a Content-Type header says otherwise) and
	 * headers given as name, value, name, value...; a header whose value is null is left out.
	 */
	public ApiResponse send(String method, String path, String token, String body, String... headers) {
		HttpRequest.Builder request = request(path, token).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		boolean typed = false;
		for (int i = 0; i + 1 < headers.length; i += 2) {
			if (headers[i + 1] != null) {
				request.header(headers[i], headers[i + 1]);
				typed |= headers[i].equalsIgnoreCase("Content-Type");
			}
		}
		if (body != null && !typed) {
			request.header("Content-Type", "application/json");
		}
		return new ApiResponse(send(request.build(), HttpResponse.BodyHandlers.ofString()));
	}

	/** A request to build further, for what the verbs above do not cover (streams, raw bodies). */
	public HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return HTTP.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public ApiResponse send(HttpRequest request) {
		return new ApiResponse(send(request, HttpResponse.BodyHandlers.ofString()));
	}
}
