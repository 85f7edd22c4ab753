package org.coalitions.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document says what joining really answers: 201 with the membership, or 202 with the request. */
class ApiDocsIntegrationTests extends MembershipIntegrationTests {

	@Test
	void joiningSaysBothOfItsAnswers() throws Exception {
		JsonNode join = api.get("/v3/api-docs").json().at("/paths/~1api~1coalitions~1{id}~1members/post/responses");

		assertThat(join.propertyNames()).contains("201", "202").doesNotContain("200");
		assertThat(join.at("/201/content/application~1json/schema/$ref").asString()).endsWith("/MembershipView");
		assertThat(join.at("/202/content/application~1json/schema/$ref").asString()).endsWith("/JoinRequestView");
	}
}
