package org.coalitions.web.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /my-data} against three stand-in services on real sockets: the file holds each service's part under
 * its name, is an attachment named after the day, and goes with the caller's token; a service that fails makes the
 * whole download a 503 problem naming it, never a file without its part; without a sign-in, a 401 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyDataDownloadIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** What each stand-in answers: its path's status, and the Authorization header it saw. */
	static final Map<String, Integer> STATUS = new ConcurrentHashMap<>();

	static final Map<String, String> SEEN = new ConcurrentHashMap<>();

	static final HttpServer COALITION = service("/api/people/me/data", """
			{"service": "coalition-service", "personId": "p-1", "posts": [{"body": "Hello"}]}""");

	static final HttpServer MEMBERSHIP = service("/api/me/data", """
			{"service": "membership-service", "personId": "p-1",
			 "profile": {"displayName": "Pat", "email": "pat@coalitions.example"}}""");

	static final HttpServer NOTIFICATION = service("/api/feed/me/data", """
			{"service": "notification-service", "personId": "p-1", "mails": []}""");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("coalitions.web.coalition-service-url", () -> address(COALITION));
		registry.add("coalitions.web.membership-service-url", () -> address(MEMBERSHIP));
		registry.add("coalitions.web.notification-service-url", () -> address(NOTIFICATION));
	}

	@AfterAll
	static void stop() {
		List.of(COALITION, MEMBERSHIP, NOTIFICATION).forEach(server -> server.stop(0));
	}

	@LocalServerPort
	int port;

	@BeforeEach
	void answerWell() {
		STATUS.clear();
		SEEN.clear();
	}

	@Test
	void theFileHoldsEachServicesPartAndIsAnAttachmentNamedAfterTheDay() throws Exception {
		HttpResponse<String> response = download("Bearer token-of-pat");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"coalitions-my-data-" + today + ".json\"");
		JsonNode file = JSON.readTree(response.body());
		assertThat(file.path("person").path("id").asString()).isEqualTo("p-1");
		assertThat(file.path("person").path("displayName").asString()).isEqualTo("Pat");
		assertThat(file.path("generatedAt").asString()).startsWith(today);
		assertThat(file.path("membership").path("service").asString()).isEqualTo("membership-service");
		assertThat(file.path("coalitions").path("posts").get(0).path("body").asString()).isEqualTo("Hello");
		assertThat(file.path("notifications").path("service").asString()).isEqualTo("notification-service");
		assertThat(SEEN).containsOnlyKeys("/api/me/data", "/api/people/me/data", "/api/feed/me/data")
			.allSatisfy((path, authorization) -> assertThat(authorization).isEqualTo("Bearer token-of-pat"));
	}

	@Test
	void aServiceThatFailsIsA503ProblemNamingItAndNoFile() throws Exception {
		STATUS.put("/api/feed/me/data", 500);

		HttpResponse<String> response = download("Bearer token-of-pat");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("notification-service")
			.doesNotContain("membership-service");
	}

	@Test
	void withoutASignInOrWithATokenTheServicesRefuseIsA401Problem() throws Exception {
		HttpResponse<String> anonymous = download(null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(SEEN).as("no service asked").isEmpty();

		STATUS.put("/api/me/data", 401);
		assertThat(download("Bearer expired").statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> download(String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/my-data"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpServer service(String path, String body) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext(path, exchange -> {
				SEEN.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
				int status = STATUS.getOrDefault(path, 200);
				byte[] bytes = (status == 200 ? body : "{\"status\": " + status + "}").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String address(HttpServer server) {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}
}
