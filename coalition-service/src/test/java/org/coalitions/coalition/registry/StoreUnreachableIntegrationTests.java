package org.coalitions.coalition.registry;

import java.time.Duration;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store goes away: reads and commands answer within 2 s with a 503 problem and {@code Retry-After} instead of
 * hanging, readiness goes down, and when the store is back everything works again by itself.
 */
@DirtiesContext
@ApiIntegrationTest
class StoreUnreachableIntegrationTests {

	static final Duration PROMPTLY = Duration.ofSeconds(2);

	/** This class's own store on a port of its own, stopped and started again by the test. */
	static final int STORE_PORT = Ports.free();

	static MongoServer store = startStore();

	@DynamicPropertySource
	static void infra(DynamicPropertyRegistry registry) {
		TestInfra.register(registry, "coalition-service", TestInfra.sharedBroker().bootstrapServers(),
				"mongodb://127.0.0.1:" + STORE_PORT + "/coalition-store-away");
	}

	@AfterAll
	static void stopStore() {
		store.shutdownNow();
	}

	ApiClient api;

	@Test
	void anUnreachableStoreIsAPrompt503AndReadinessFollowsTheStoreDownAndBackUp() {
		propose("Before the outage").assertStatus(201);
		assertThat(readiness().statusCode()).isEqualTo(200);

		store.shutdownNow();

		for (int attempt = 1; attempt <= 2; attempt++) {
			// the list is served from the read model, which holds what it had; a coalition it does not hold is asked of the store
			assertUnavailablePromptly("a coalition not in the read model", () -> api.get("/api/coalitions/not-held"));
			assertUnavailablePromptly("propose", () -> propose("During the outage"));
		}
		assertThat(api.get("/api/coalitions").assertStatus(200).json().path("items").toString())
			.as("the list, from memory").contains("Before the outage");
		ApiResponse down = readiness();
		assertThat(down.statusCode()).as("readiness while the store is away: " + down).isEqualTo(503);
		assertThat(down.json().path("status").asString()).isEqualTo("DOWN");

		// an empty store comes back on the same address: the service finds it without being told
		store = startStore();
		Ports.await("readiness up again", Duration.ofSeconds(15), () -> readiness().statusCode() == 200);
		propose("After the outage").assertStatus(201);
		assertThat(api.get("/api/coalitions").assertStatus(200).json().path("items").toString())
			.contains("After the outage");
	}

	private void assertUnavailablePromptly(String what, Supplier<ApiResponse> call) {
		long started = System.nanoTime();
		ApiResponse response = call.get();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		response.assertProblem(503);
		assertThat(took).as(what + " answered within 2 s").isLessThan(PROMPTLY);
		assertThat(response.header("Retry-After")).as(what).hasValue("5");
		assertThat(response.body()).as("the driver's message stays in the log")
			.doesNotContain("127.0.0.1")
			.doesNotContain(String.valueOf(STORE_PORT));
	}

	private ApiResponse readiness() {
		return api.get("/actuator/health/readiness");
	}

	private ApiResponse propose(String name) {
		String body = """
				{"name": "%s", "theme": "PRIVACY_AND_DATA_PROTECTION", "summary": "Privacy online.", "statement": {"rationale": "Needed.", "actionPlan": "Meet monthly.", "contactPersons": ["Contact Person"]}, 
				 "joinPolicy": "MODERATED"}""".formatted(name);
		return api.post("/api/coalitions", TestTokens.of("farah", "Farah"), body);
	}

	private static MongoServer startStore() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", STORE_PORT);
		return server;
	}
}
