package org.coalitions.web.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.web.session.SecurityHeadersIntegrationTests.cookie;

/** Served behind HTTPS ({@code SESSION_COOKIE_SECURE=true}), both cookies are Secure even on a plain hop. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.servlet.session.cookie.secure=true")
class SecureCookiesIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSessionAndCsrfCookiesAreSecure() throws Exception {
		assertThat(cookie(get("/oauth2/authorization/keycloak"), "JSESSIONID")).containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
		assertThat(cookie(get("/session"), "XSRF-TOKEN")).containsIgnoringCase("; Secure")
			.containsIgnoringCase("; SameSite=Lax");
	}
}
