package org.coalitions.membership.privacy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.coalitions.platform.domain.UnavailableException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people's sign-in accounts in Keycloak: removes one through the Admin REST API ({@code DELETE
 * /admin/realms/{realm}/users/{id}}), with a token of the {@code coalitions-accounts} client (client credentials)
 * asked for each removal (erasures are rare). An account already gone (404) is removed; Keycloak unreachable,
 * slow or refusing is an {@link UnavailableException}: nothing of the person was erased yet, the person tries again.
 */
@Component
class SignInAccounts {

	static final int RETRY_AFTER_SECONDS = 10;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AccountsProperties properties;

	private final HttpClient http;

	SignInAccounts(AccountsProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	void remove(String personId) {
		String token = token();
		HttpResponse<String> removed = send(HttpRequest
			.newBuilder(URI.create(properties.baseUrlWithoutSlash() + "/admin/realms/" + encode(properties.realm())
					+ "/users/" + encode(personId)))
			.timeout(properties.timeout())
			.header("Authorization", "Bearer " + token)
			.DELETE()
			.build());
		if (removed.statusCode() != 204 && removed.statusCode() != 200 && removed.statusCode() != 404) {
			throw unavailable("it answered " + removed.statusCode() + " to the removal", null);
		}
	}

	private String token() {
		String form = "grant_type=client_credentials&client_id=" + encode(properties.clientId()) + "&client_secret="
				+ encode(properties.clientSecret());
		HttpResponse<String> answer = send(HttpRequest
			.newBuilder(URI.create(properties.baseUrlWithoutSlash() + "/realms/" + encode(properties.realm())
					+ "/protocol/openid-connect/token"))
			.timeout(properties.timeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		if (answer.statusCode() != 200) {
			throw unavailable("it answered " + answer.statusCode() + " to the token request", null);
		}
		JsonNode token = JSON.readTree(answer.body()).get("access_token");
		if (token == null || token.asString().isBlank()) {
			throw unavailable("its token answer held no token", null);
		}
		return token.asString();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw unavailable("it could not be reached", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable("the call was interrupted", ex);
		}
	}

	private static UnavailableException unavailable(String why, Throwable cause) {
		return new UnavailableException("The sign-in service (Keycloak) could not remove the account: " + why
				+ ". Nothing was erased; try again later.", RETRY_AFTER_SECONDS, cause);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
