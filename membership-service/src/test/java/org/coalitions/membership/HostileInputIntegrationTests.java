package org.coalitions.membership;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over real HTTP: markup in names and messages is kept and returned as the exact text (JSON is
 * not HTML-escaped; whoever shows it escapes it), oversized bodies get 413 and malformed or mistyped ones 400,
 * always as {@code application/problem+json}, and nothing is changed.
 */
class HostileInputIntegrationTests extends MembershipIntegrationTests {

	static final String MARKUP = "<script>alert(1)</script>\"><img src=x onerror=alert(document.cookie)>";

	@Test
	void markupInNamesAndJoinMessagesIsReturnedAsTheExactText() {
		String coordinator = unique("coordinator");
		String mallory = unique("mallory");
		String coalition = proposed(coordinator, "MODERATED");
		HttpResponse<String> saved = put("/api/me", token(mallory), JSON.writeValueAsString(Map.of("displayName",
				MARKUP, "stakeholderGroup", "CIVIL_SOCIETY", "country", "KE", "organisation", MARKUP, "timeZone", "UTC",
				"actionMails", true, "emailVisibleToCoordinators", false)));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(json(saved).path("displayName").asString()).isEqualTo(MARKUP);
		assertThat(saved.body()).as("not HTML-escaped").contains("<script>").doesNotContain("&lt;");

		HttpResponse<String> asked = post("/api/coalitions/" + coalition + "/members", token(mallory),
				JSON.writeValueAsString(Map.of("message", MARKUP)));
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		JsonNode requests = json(get("/api/coalitions/" + coalition + "/join-requests", token(coordinator)));
		assertThat(requests.get(0).path("message").asString()).isEqualTo(MARKUP);
		assertThat(requests.get(0).path("displayName").asString()).isEqualTo(MARKUP);
	}

	@Test
	void anOversizedBodyIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
		String ada = unique("ada");
		String profileBefore = get("/api/me", token(ada)).body();
		String huge = JSON.writeValueAsString(Map.of("displayName", "Ada", "stakeholderGroup", "CIVIL_SOCIETY",
				"country", "KE", "organisation", "x".repeat(2 * 1024 * 1024), "timeZone", "UTC", "actionMails", true,
				"emailVisibleToCoordinators", false));

		HttpResponse<String> declared = put("/api/me", token(ada), huge);
		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(contentType(declared)).isEqualTo("application/problem+json");
		assertThat(json(declared).path("status").asInt()).isEqualTo(413);

		HttpResponse<String> chunked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token(ada))
				.PUT(HttpRequest.BodyPublishers
					.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
		assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		assertThat(get("/api/me", token(ada)).body()).as("nothing saved").isEqualTo(profileBefore);
	}

	@Test
	void malformedAndMistypedBodiesGetA400Problem() {
		String ada = unique("ada");
		String profileBefore = get("/api/me", token(ada)).body();
		String valid = """
				{"displayName": "Ada", "stakeholderGroup": "CIVIL_SOCIETY", "country": "KE", "timeZone": "UTC",
				 "actionMails": true, "emailVisibleToCoordinators": false}""";
		for (String body : new String[] { "{\"displayName\": ", "not json", "[]", "",
				valid.replace("\"actionMails\": true", "\"actionMails\": \"perhaps\""),
				valid.replace("\"Ada\"", "{\"first\": \"Ada\"}"),
				valid.replace("\"CIVIL_SOCIETY\"", "[\"CIVIL_SOCIETY\"]") }) {
			HttpResponse<String> refused = put("/api/me", token(ada), body);
			assertThat(refused.statusCode()).as(body).isEqualTo(400);
			assertThat(contentType(refused)).as(body).isEqualTo("application/problem+json");
		}
		assertThat(get("/api/me", token(ada)).body()).as("nothing saved").isEqualTo(profileBefore);

		String coordinator = unique("coordinator");
		String coalition = proposed(coordinator, "MODERATED");
		HttpResponse<String> decision = post("/api/coalitions/" + coalition + "/join-requests/any/decision",
				token(coordinator), "{\"approve\": \"perhaps\"}");
		assertThat(decision.statusCode()).as(decision.body()).isEqualTo(400);
		assertThat(contentType(decision)).isEqualTo("application/problem+json");
	}
}
