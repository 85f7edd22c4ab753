package org.coalitions.web.proxy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.coalitions.web.FakeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door on a real port in front of three real (small) HTTP servers standing in for the services: what
 * reaches a service, and what comes back to the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiProxyIntegrationTests {

	static final FakeServer COALITION = new FakeServer("coalition");

	static final FakeServer MEMBERSHIP = new FakeServer("membership");

	static final FakeServer NOTIFICATION = new FakeServer("notification");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("coalitions.web.coalition-service-url", COALITION::url);
		registry.add("coalitions.web.membership-service-url", MEMBERSHIP::url);
		registry.add("coalitions.web.notification-service-url", NOTIFICATION::url);
	}

	@AfterAll
	static void stop() {
		COALITION.close();
		MEMBERSHIP.close();
		NOTIFICATION.close();
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeEach
	void reset() {
		COALITION.reset();
		MEMBERSHIP.reset();
		NOTIFICATION.reset();
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
	}

	HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A request with a body of its content type, and any further headers as name, value, name, value... */
	HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
			throws Exception {
		HttpRequest.Builder request = request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	@Test
	void eachServiceGetsItsOwnPathsWithTheQueryUnchanged() throws Exception {
		assertThat(send(request("/api/coalitions?q=caf%C3%A9&theme=SPAM").build()).body())
			.isEqualTo("{\"service\":\"coalition\"}");
		assertThat(COALITION.last().path()).isEqualTo("/api/coalitions");
		assertThat(COALITION.last().query()).isEqualTo("q=caf%C3%A9&theme=SPAM");

		assertThat(send(request("/api/coalitions/c1/balance").build()).body()).contains("membership");
		assertThat(send(request("/api/feed/unread-count").build()).body()).contains("notification");
		assertThat(MEMBERSHIP.last().path()).isEqualTo("/api/coalitions/c1/balance");
		assertThat(NOTIFICATION.last().path()).isEqualTo("/api/feed/unread-count");
	}

	@Test
	void statusBodyAndTheHeadersThePagesUsePassBackUnchanged() throws Exception {
		COALITION.answer("GET", "/api/coalitions/c1", 200, "{\"id\":\"c1\",\"name\":\"Spam\"}", "ETag", "\"4\"",
				"Set-Cookie", "service-cookie=1");
		HttpResponse<String> response = send(request("/api/coalitions/c1").build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"id\":\"c1\",\"name\":\"Spam\"}");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("ETag")).hasValue("\"4\"");
		// a service's own cookies stay behind the front door
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.contains("service-cookie"));
	}

	@Test
	void ifNoneMatchGoesThroughAndANotModifiedComesBackWithItsETagAndNoBody() throws Exception {
		COALITION.answer("GET", "/api/coalitions", 304, "", "ETag", "\"l7\"", "Cache-Control", "no-cache");
		HttpResponse<String> response = send(request("/api/coalitions?size=20").header("If-None-Match", "\"l7\"").build());
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("ETag")).hasValue("\"l7\"");
		assertThat(response.headers().allValues("Cache-Control")).as("the service's, for the browser to revalidate")
			.containsExactly("no-cache");
		assertThat(COALITION.last().header("If-None-Match")).isEqualTo("\"l7\"");
	}

	@Test
	void aScriptsBearerTokenAndIfMatchGoThroughAndLocationComesBack() throws Exception {
		COALITION.answer("PUT", "/api/coalitions/c1/charter", 201, "{\"charterVersion\":5}", "Location",
				"/api/coalitions/c1", "ETag", "\"5\"");
		HttpResponse<String> response = send("PUT", "/api/coalitions/c1/charter", "application/json",
				"{\"summary\":\"é\"}", "Authorization", "Bearer script-token", "If-Match", "\"4\"", "Cookie",
				"JSESSIONID=someone-elses");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue("/api/coalitions/c1");
		assertThat(response.headers().firstValue("ETag")).hasValue("\"5\"");
		FakeServer.Received received = COALITION.last();
		assertThat(received.method()).isEqualTo("PUT");
		assertThat(received.header("Authorization")).isEqualTo("Bearer script-token");
		assertThat(received.header("If-Match")).isEqualTo("\"4\"");
		assertThat(received.header("Content-Type")).isEqualTo("application/json");
		assertThat(received.body()).isEqualTo("{\"summary\":\"é\"}");
		assertThat(received.header("Cookie")).isNull();
	}

	@Test
	void aCommandThatSaysWhenItHappenedTakesThatInstantToTheService() throws Exception {
		COALITION.answer("POST", "/api/coalitions", 201, "{\"id\":\"c9\"}");
		send("POST", "/api/coalitions", "application/json", "{}", "Authorization", "Bearer script-token",
				"Coalitions-Occurred-At", "2009-11-15T09:00:00Z");
		assertThat(COALITION.last().header("Coalitions-Occurred-At")).isEqualTo("2009-11-15T09:00:00Z");
	}

	@Test
	void anAnonymousRequestReachesTheServiceWithoutAToken() throws Exception {
		send(request("/api/coalitions").build());
		assertThat(COALITION.last().header("Authorization")).isNull();
	}

	@Test
	void problemResponsesPassThroughIntact() throws Exception {
		String problem = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
				+ "\"detail\":\"The charter changed since version 3.\",\"errors\":[{\"field\":\"summary\",\"message\":\"must not be blank\"}]}";
		COALITION.on("PUT", "/api/coalitions/c1/charter",
				(exchange) -> FakeServer.send(exchange, 409, "application/problem+json", problem));
		HttpResponse<String> response = send("PUT", "/api/coalitions/c1/charter", "application/json", "{}",
				"Authorization", "Bearer t");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).isEqualTo(problem);
	}

	@Test
	void aStateChangingRequestWithoutTheCsrfTokenIsRefusedBeforeItReachesAService() throws Exception {
		HttpResponse<String> refused = send("POST", "/api/coalitions", "application/json", "{}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(COALITION.received).isEmpty();

		// as the pages do it: the token from the XSRF-TOKEN cookie, sent back as X-XSRF-TOKEN
		HttpResponse<String> session = send(request("/session").build());
		String cookie = session.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		String token = cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';'));
		HttpResponse<String> accepted = send("POST", "/api/coalitions", "application/json", "{\"name\":\"x\"}",
				"Cookie", "XSRF-TOKEN=" + token, "X-XSRF-TOKEN", token);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(COALITION.last().body()).isEqualTo("{\"name\":\"x\"}");
	}

	@Test
	void aOneClickUnsubscribeFormReachesTheServiceWithItsBodyAndQuery() throws Exception {
		// RFC 8058: a mail program posts this form to the link in the mail, without a session or CSRF token
		HttpResponse<String> response = send("POST", "/api/unsubscribe?token=signed.token",
				"application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(NOTIFICATION.last().method()).isEqualTo("POST");
		assertThat(NOTIFICATION.last().query()).isEqualTo("token=signed.token");
		assertThat(NOTIFICATION.last().body()).isEqualTo("List-Unsubscribe=One-Click");
	}

	@Test
	void serverSentEventsArriveWhileTheStreamIsStillOpen() throws Exception {
		CountDownLatch firstEventRead = new CountDownLatch(1);
		NOTIFICATION.on("GET", "/api/activity/stream", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write("event: coalition\ndata: {\"coalitionId\":\"c1\",\"eventsLast30Days\":1}\n\n"
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			try {
				// the second event only once the browser has the first: a buffering proxy would deadlock here
				firstEventRead.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			out.write("event: coalition\ndata: {\"coalitionId\":\"c1\",\"eventsLast30Days\":2}\n\n"
				.getBytes(StandardCharsets.UTF_8));
			out.close();
		});
		HttpResponse<InputStream> response = http.send(request("/api/activity/stream")
			.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			assertThat(lines.readLine()).isEqualTo("event: coalition");
			assertThat(lines.readLine()).isEqualTo("data: {\"coalitionId\":\"c1\",\"eventsLast30Days\":1}");
			assertThat(firstEventRead.getCount()).as("the stream is still open").isEqualTo(1);
			firstEventRead.countDown();
			assertThat(lines.readLine()).isEmpty();
			assertThat(lines.readLine()).isEqualTo("event: coalition");
			assertThat(lines.readLine()).isEqualTo("data: {\"coalitionId\":\"c1\",\"eventsLast30Days\":2}");
		}
	}

	@Test
	void theServiceContinuesTheFrontDoorsTrace() throws Exception {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		send(request("/api/coalitions").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").build());
		String forwarded = COALITION.last().header("traceparent");
		assertThat(forwarded).as("the trace id goes on, under the front door's own span")
			.matches("00-" + traceId + "-[0-9a-f]{16}-01")
			.doesNotContain("00f067aa0ba902b7");

		send(request("/api/coalitions").build());
		assertThat(COALITION.last().header("traceparent")).as("a request without a trace starts one")
			.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
			.doesNotContain(traceId);
	}

	@Test
	void anUploadLargerThanAJsonBodyIsStreamedToTheServiceAsItCame() throws Exception {
		COALITION.answer("POST", "/api/coalitions/c1/outcomes/o1/documents", 201, "{\"id\":\"d1\"}");
		String form = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\r\n%PDF-"
				+ "x".repeat(3 * 1024 * 1024) + "\r\n--b--\r\n";
		HttpResponse<String> response = send("POST", "/api/coalitions/c1/outcomes/o1/documents",
				"multipart/form-data; boundary=b", form, "Authorization", "Bearer script-token");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(COALITION.last().header("Content-Type")).isEqualTo("multipart/form-data; boundary=b");
		assertThat(COALITION.last().body()).as("over the 2 MB of a JSON body, whole").isEqualTo(form);
	}

	@Test
	void anUploadOverTheLimitIsA413ProblemAndNeverReachesTheService() throws Exception {
		byte[] form = new byte[25 * 1024 * 1024];
		HttpResponse<String> refused = send(request("/api/coalitions/c1/outcomes/o1/documents")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.header("Authorization", "Bearer script-token")
			.POST(HttpRequest.BodyPublishers.ofByteArray(form))
			.build());
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"status\":413");
		assertThat(COALITION.received).isEmpty();
	}

	@Test
	void aDownloadPassesThroughByteForByteWithItsTypeAndName() throws Exception {
		byte[] file = new byte[300_000];
		for (int i = 0; i < file.length; i++) {
			file[i] = (byte) (i * 7);
		}
		String disposition = "attachment; filename=\"r_sum_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf";
		COALITION.on("GET", "/api/coalitions/c1/outcomes/o1/documents/d1", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/pdf");
			exchange.getResponseHeaders().set("Content-Disposition", disposition);
			exchange.sendResponseHeaders(200, file.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(file);
			}
		});
		HttpResponse<byte[]> response = http.send(request("/api/coalitions/c1/outcomes/o1/documents/d1").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(file);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValue(disposition);
	}
}
