package org.coalitions.web.proxy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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
 * A service running as several instances behind the front door: requests take the instances in turn, and one
 * that refuses connections (stopped, restarting) is passed over without the caller noticing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceInstancesIntegrationTests {

	static final FakeServer FIRST = new FakeServer("first");

	static final FakeServer SECOND = new FakeServer("second");

	static final int CLOSED = closedPort();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		// as the environment gives it: COALITION_SERVICE_URL=http://a,http://b
		registry.add("coalitions.web.coalition-service-url", () -> FIRST.url() + "," + SECOND.url());
		registry.add("coalitions.web.membership-service-url",
				() -> "http://127.0.0.1:" + CLOSED + "," + SECOND.url());
	}

	@AfterAll
	static void stop() {
		FIRST.close();
		SECOND.close();
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeEach
	void reset() {
		FIRST.reset();
		SECOND.reset();
	}

	@Test
	void requestsTakeTheInstancesInTurn() throws Exception {
		for (int i = 0; i < 6; i++) {
			assertThat(send("POST", "/api/coalitions").statusCode()).isEqualTo(200);
		}
		assertThat(FIRST.received).hasSize(3).allSatisfy(request -> assertThat(request.body()).isEqualTo("{}"));
		assertThat(SECOND.received).hasSize(3).allSatisfy(request -> assertThat(request.body()).isEqualTo("{}"));
	}

	@Test
	void anInstanceThatRefusesConnectionsIsPassedOverWithTheRequestIntact() throws Exception {
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> response = send("PUT", "/api/me");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("second");
		}
		assertThat(SECOND.received).hasSize(4)
			.allSatisfy(request -> assertThat(request.body()).isEqualTo("{}"))
			.allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo("Bearer t"));
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer t")
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
