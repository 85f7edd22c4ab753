package org.coalitions.coalition.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Only valid tokens of our issuer get in: expired, foreign, tampered and unsigned ones get 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenValidationIntegrationTests {

	static final String BODY = "{\"name\": \"Coalition on Tokens\", \"theme\": \"SECURITY\", \"summary\": \"s\", \"joinPolicy\": \"OPEN\"}";

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		TestInfra.register(registry, "coalition-service");
	}

	@LocalServerPort
	int port;

	@Test
	void aValidTokenIsAccepted() throws Exception {
		assertThat(propose(TestTokens.of("alice", "Alice"))).isEqualTo(201);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		assertThat(propose(TestTokens.sign("alice", "Alice", "a@x", List.of(), Instant.now().minusSeconds(600))))
			.isEqualTo(401);
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() throws Exception {
		assertThat(propose(TestTokens.sign("http://evil.example/realms/coalitions", "alice", "Alice", "a@x", List.of(),
				Instant.now().plusSeconds(600))))
			.isEqualTo(401);
	}

	@Test
	void aTamperedTokenIsRefused() throws Exception {
		String[] parts = TestTokens.of("alice", "Alice").split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"sub\":\"alice\"", "\"sub\":\"sam\"");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
		assertThat(propose(forged)).isEqualTo(401);
	}

	@Test
	void anUnsignedTokenIsRefused() throws Exception {
		String[] parts = TestTokens.of("alice", "Alice").split("\\.");
		String none = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(propose(none + "." + parts[1] + ".")).isEqualTo(401);
	}

	private int propose(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/coalitions"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(BODY.replace("Tokens", "Tokens " + System.nanoTime())))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}
}
