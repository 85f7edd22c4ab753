package org.coalitions.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document as the platform completes it, read from the running service. */
@ApiIntegrationTest("coalition-service")
class ApiDocsIntegrationTests {

	ApiClient api;

	@Test
	void operationsCarryTheSecurityTheServiceEnforcesAndProblemResponses() throws Exception {
		JsonNode docs = api.get("/v3/api-docs").json();

		assertThat(docs.at("/info/title").asString()).isEqualTo("coalition-service");
		assertThat(docs.at("/info/description").asString()).isNotBlank();
		assertThat(docs.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
		assertThat(docs.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "instance", "errors");

		JsonNode publicRead = docs.at("/paths/~1api~1coalitions~1{id}/get");
		assertThat(publicRead.get("security")).as("anyone may read a coalition").isEmpty();
		assertThat(publicRead.at("/responses/404/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(publicRead.at("/responses/401").isMissingNode()).isTrue();

		JsonNode review = docs.at("/paths/~1api~1coalitions~1{id}~1review/post");
		assertThat(review.at("/security/0/bearer-jwt").isArray()).as("reviewing needs a token").isTrue();
		assertThat(review.at("/responses/401/content/application~1problem+json").isMissingNode()).isFalse();
		assertThat(review.at("/responses/400").isMissingNode()).isFalse();
		assertThat(review.get("summary").asString()).isNotBlank();
	}

	@Test
	void theListAndThePageTakeIfNoneMatchAndMayAnswerNotModified() throws Exception {
		JsonNode paths = api.get("/v3/api-docs").json().get("paths");

		for (String read : new String[] { "/api/coalitions", "/api/coalitions/{id}" }) {
			JsonNode get = paths.get(read).get("get");
			JsonNode ifNoneMatch = null;
			for (JsonNode parameter : get.get("parameters")) {
				if (parameter.get("name").asString().equals("If-None-Match")) {
					ifNoneMatch = parameter;
				}
			}
			assertThat(ifNoneMatch).as(read + ": If-None-Match").isNotNull();
			assertThat(ifNoneMatch.get("in").asString()).isEqualTo("header");
			assertThat(ifNoneMatch.at("/schema/type").asString()).as("a parameter needs its schema").isEqualTo("string");
			assertThat(get.at("/responses/304").isMissingNode()).as(read + ": 304").isFalse();
			assertThat(get.at("/responses/200/content/application~1json/schema/$ref").asString()).as(read + ": what 200 answers")
				.isNotBlank();
		}
	}

	@Test
	void whatCreatesSaysItsAnswerIs201() throws Exception {
		JsonNode paths = api.get("/v3/api-docs").json().get("paths");

		for (String creating : new String[] { "/api/coalitions", "/api/coalitions/{coalitionId}/threads",
				"/api/coalitions/{coalitionId}/threads/{threadId}/replies", "/api/coalitions/{coalitionId}/meetings",
				"/api/coalitions/{coalitionId}/outcomes", "/api/coalitions/{coalitionId}/outcomes/{outcomeId}/comments",
				"/api/coalitions/{coalitionId}/outcomes/{outcomeId}/documents" }) {
			JsonNode responses = paths.get(creating).get("post").get("responses");
			assertThat(responses.propertyNames()).as(creating).contains("201").doesNotContain("200");
			assertThat(responses.at("/201/content").isMissingNode()).as(creating + ": what 201 answers").isFalse();
		}
	}
}
