package org.coalitions.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The JDK HTTP client, one per load generator thread pool: HTTP/1.1 keeps one connection per concurrent request,
 * as a browser or another service would.
 */
final class Http {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpRequest.Builder request(String url, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		return token == null ? builder : builder.header("Authorization", "Bearer " + token);
	}

	static HttpRequest.Builder json(String url, String token, String body) {
		return request(url, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	/** A real access token from the stack's Keycloak: password grant of the scripts' client. */
	String token(Stack stack, String user) {
		String form = "grant_type=password&client_id=coalitions-cli&username="
				+ URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
		HttpResponse<byte[]> response = send(
				request(stack.keycloak() + "/realms/coalitions/protocol/openid-connect/token", null)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("no token for " + user + ": " + new String(response.body()));
		}
		return Json.parse(new String(response.body(), StandardCharsets.UTF_8)).get("access_token").asString();
	}
}
