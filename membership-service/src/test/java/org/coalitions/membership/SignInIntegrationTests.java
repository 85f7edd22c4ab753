package org.coalitions.membership;

import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's sign-in conventions in a real service: refusals are problem responses, a token must be meant for
 * the {@code coalitions-api} audience, and health shows its components only to the secretariat (and operators).
 */
class SignInIntegrationTests extends MembershipIntegrationTests {

	@Test
	void withoutATokenTheRefusalIsA401Problem() {
		ApiResponse refused = api.get("/api/me");

		assertThat(refused.assertProblem(401).path("title").asString()).isEqualTo("Sign-in required");
		assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
	}

	@Test
	void aTokenNotMeantForTheApiIsRefusedWithA401Problem() {
		String person = unique("ana");
		api.get("/api/me", TestTokens.of(person, "Ana")).assertStatus(200);

		ApiResponse refused = api.get("/api/me", TestTokens.withoutAudience(person, "Ana"));

		assertThat(refused.assertProblem(401).path("title").asString()).isEqualTo("Token not accepted");
		assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).contains("invalid_token").contains("aud"));
	}

	@Test
	void healthShowsOnlyItsStatusToAnyoneButTheSecretariat() {
		JsonNode anonymous = api.get("/actuator/health").assertStatus(200).json();
		JsonNode member = api.get("/actuator/health", TestTokens.of(unique("ana"), "Ana")).assertStatus(200).json();
		JsonNode secretariat = api.get("/actuator/health", TestTokens.of(unique("sam"), "Sam", "secretariat"))
			.assertStatus(200)
			.json();

		// the status and the names of the probe groups, nothing about the components
		assertThat(anonymous.propertyNames()).containsOnly("status", "groups");
		assertThat(member.propertyNames()).containsOnly("status", "groups");
		assertThat(secretariat.path("components").path("store").path("status").asString()).isEqualTo("UP");
		assertThat(secretariat.path("components").path("store").path("details").has("database")).isTrue();
	}

	@Test
	void theProbesStayOpenAndShowOnlyTheirStatus() {
		JsonNode readiness = api.get("/actuator/health/readiness").assertStatus(200).json();
		JsonNode liveness = api.get("/actuator/health/liveness").assertStatus(200).json();

		assertThat(readiness.propertyNames()).containsExactly("status");
		assertThat(liveness.propertyNames()).containsExactly("status");
	}
}
