package org.coalitions.web.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.coalitions.web.FakeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door on a real port, in front of a real (small) HTTP server standing in for the services: the security
 * headers on a page, a static file and an API answer, the session cookie's attributes, and the front door's own
 * refusals as problem responses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "coalitions.web.keycloak-issuer-uri=http://keycloak.example:8180/realms/coalitions")
class SecurityHeadersIntegrationTests {

	static final FakeServer SERVICES = new FakeServer("coalition");

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; font-src 'self'; form-action 'self' http://keycloak.example:8180; "
			+ "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("coalitions.web.coalition-service-url", SERVICES::url);
		registry.add("coalitions.web.membership-service-url", SERVICES::url);
		registry.add("coalitions.web.notification-service-url", SERVICES::url);
	}

	@AfterAll
	static void stop() {
		SERVICES.close();
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	HttpResponse<String> send(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(POLICY);
		assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

	@Test
	void aPageAStaticFileAndAnApiAnswerCarryTheSecurityHeaders() throws Exception {
		HttpResponse<String> page = send("GET", "/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\">");
		assertSecurityHeaders(page);

		HttpResponse<String> script = send("GET", "/js/app.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertSecurityHeaders(script);

		SERVICES.answer("GET", "/api/coalitions/c1", 200, "{\"id\":\"c1\"}");
		HttpResponse<String> api = send("GET", "/api/coalitions/c1");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).isEqualTo("{\"id\":\"c1\"}");
		assertSecurityHeaders(api);
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteButNotSecureOnPlainHttp() throws Exception {
		// starting sign-in keeps the authorization request in a new session
		HttpResponse<String> signIn = send("GET", "/oauth2/authorization/keycloak");
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("http://keycloak.example:8180/realms/coalitions/"));
		String session = cookie(signIn, "JSESSIONID");
		assertThat(session).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		assertThat(session).doesNotContainIgnoringCase("Secure");

		String csrf = cookie(send("GET", "/session"), "XSRF-TOKEN");
		// the pages read this one, so it cannot be HttpOnly
		assertThat(csrf).containsIgnoringCase("; SameSite=Lax").doesNotContainIgnoringCase("HttpOnly");
		assertThat(csrf).doesNotContainIgnoringCase("Secure");
	}

	@Test
	void aCommandWithoutTheCsrfTokenIsAProblemAndNeverReachesTheService() throws Exception {
		SERVICES.reset();
		HttpResponse<String> refused = send("POST", "/api/coalitions");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"status\":403")
			.contains("\"title\":\"Forbidden\"")
			.contains("CSRF")
			.contains("\"instance\":\"/api/coalitions\"");
		assertSecurityHeaders(refused);
		assertThat(SERVICES.received).isEmpty();
	}

	@Test
	void aMissingSignInIsAProblem() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/reviews");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemResponses().commence(request, response, new InsufficientAuthenticationException("anonymous"));
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":401")
			.contains("\"title\":\"Sign-in required\"")
			.contains("\"instance\":\"/api/reviews\"");
	}

	static String cookie(HttpResponse<?> response, String name) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
	}

	@Test
	void signingInAsksKeycloakForItsPagesInThePagesLanguage() throws Exception {
		HttpResponse<String> chinese = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/keycloak"))
			.header("Accept-Language", "en")
			.header("Cookie", SignInLanguage.COOKIE + "=zh")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> arabic = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/keycloak"))
			.header("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(chinese.statusCode()).isEqualTo(302);
		assertThat(chinese.headers().firstValue("Location").orElseThrow())
			.startsWith("http://keycloak.example:8180/realms/coalitions/protocol/openid-connect/auth?")
			.contains("ui_locales=zh-Hans");
		assertThat(arabic.headers().firstValue("Location").orElseThrow()).endsWith("&ui_locales=ar")
			.doesNotContain("zh-Hans");
	}
}
