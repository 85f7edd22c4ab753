package org.coalitions.web.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down is a 502 problem for the page to show, never a 500; one that takes the request and never
 * answers is a 504 problem once the proxy's response time-out is up, not a request held as long as the browser
 * waits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "coalitions.web.proxy.response-timeout=1s")
class UnreachableServiceIntegrationTests {

	/** Listens, so connections are made (the kernel accepts them), but never reads or answers. */
	static final ServerSocket SILENT = silent();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("coalitions.web.coalition-service-url", () -> "http://127.0.0.1:" + closed);
		registry.add("coalitions.web.membership-service-url", () -> "http://127.0.0.1:" + SILENT.getLocalPort());
	}

	@AfterAll
	static void close() throws IOException {
		SILENT.close();
	}

	@LocalServerPort
	int port;

	@Test
	void aServiceThatDoesNotAnswerIsA502Problem() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/coalitions")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"title\":\"Service unavailable\"").contains("\"status\":502");
	}

	@Test
	void aServiceThatTakesTheRequestButNeverAnswersIsAQuick504Problem() throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me")).build(),
					HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(response.statusCode()).isEqualTo(504);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(response.body()).contains("\"title\":\"Service too slow\"").contains("\"status\":504");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(5));
	}

	private static ServerSocket silent() {
		try {
			return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
