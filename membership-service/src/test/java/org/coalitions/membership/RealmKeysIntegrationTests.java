package org.coalitions.membership;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service fetches the realm's signing keys from a JWK set served here, as Keycloak serves it, and then the realm
 * goes away: tokens signed with a key the service knows keep working, past the keys' lifespan too, and a token with
 * an unknown key id is refused with a 401 problem at once instead of hanging or failing with a 500. Before the keys
 * were ever fetched, a token cannot be checked at all: 503 with {@code Retry-After}.
 */
@ApiIntegrationTest(properties = { "coalitions.security.signing-keys.lifespan=3s",
		"coalitions.security.signing-keys.connect-timeout=500ms", "coalitions.security.signing-keys.read-timeout=500ms" })
class RealmKeysIntegrationTests {

	static final int REALM_PORT = Ports.free();

	static final AtomicInteger fetches = new AtomicInteger();

	static HttpServer realm;

	ApiClient api;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestInfra.registerWithJwkSet(registry, "membership-service",
				"http://127.0.0.1:" + REALM_PORT + "/realms/coalitions/protocol/openid-connect/certs");
	}

	@AfterAll
	static void stopRealm() {
		if (realm != null) {
			realm.stop(0);
		}
	}

	@Test
	void knownKeysKeepWorkingWhileTheRealmIsAwayAndUnknownOnesAreRefusedFast() throws IOException {
		String known = TestTokens.of(unique("ana"), "Ana");
		String unknown = TestTokens.signedWithUnknownKey(unique("eve"), "Eve");

		ApiResponse beforeAnyKeys = me(known);
		beforeAnyKeys.assertProblem(503);
		assertThat(beforeAnyKeys.header("Retry-After")).hasValue("5");

		startRealm();
		Ports.await("the realm's keys", Duration.ofSeconds(10), () -> me(known).statusCode() == 200);
		assertThat(fetches.get()).isPositive();
		assertThat(me(unknown).assertProblem(401).path("title").asString()).isEqualTo("Token not accepted");

		realm.stop(0);
		me(known).assertStatus(200);
		assertRefusedFast(unknown);

		// past the keys' lifespan: the cache fails to refresh them and keeps the last ones fetched
		sleep(Duration.ofSeconds(4));
		me(known).assertStatus(200);
		assertRefusedFast(unknown);
	}

	private void assertRefusedFast(String token) {
		long started = System.nanoTime();
		ApiResponse refused = me(token);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		refused.assertProblem(401);
		assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
		assertThat(took).isLessThan(Duration.ofSeconds(1));
	}

	private ApiResponse me(String token) {
		return api.get("/api/me", token);
	}

	private static void startRealm() throws IOException {
		byte[] keys = TestTokens.jwkSet().getBytes(StandardCharsets.UTF_8);
		realm = HttpServer.create(new InetSocketAddress("127.0.0.1", REALM_PORT), 0);
		realm.createContext("/realms/coalitions/protocol/openid-connect/certs", exchange -> {
			fetches.incrementAndGet();
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			exchange.getResponseBody().write(keys);
			exchange.close();
		});
		realm.start();
	}

	private static String unique(String prefix) {
		return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
