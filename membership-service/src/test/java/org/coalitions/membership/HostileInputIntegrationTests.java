package org.coalitions.membership;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.coalitions.platform.test.ApiResponse;
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
		ApiResponse saved = put("/api/me", token(mallory), JSON.writeValueAsString(Map.of("displayName",
				MARKUP, "stakeholderGroup", "CIVIL_SOCIETY", "country", "KE", "organisation", MARKUP, "timeZone", "UTC",
				"actionMails", true, "emailVisibleToCoordinators", false)));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(json(saved).path("displayName").asString()).isEqualTo(MARKUP);
		assertThat(saved.body()).as("not HTML-escaped").contains("<script>").doesNotContain("&lt;");

		ApiResponse asked = post("/api/coalitions/" + coalition + "/members", token(mallory),
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

		put("/api/me", token(ada), huge).assertProblem(413);

		api.send(api.request("/api/me", token(ada))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
			.build()).assertProblem(413);

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
			put("/api/me", token(ada), body).assertProblem(400);
		}
		assertThat(get("/api/me", token(ada)).body()).as("nothing saved").isEqualTo(profileBefore);

		String coordinator = unique("coordinator");
		String coalition = proposed(coordinator, "MODERATED");
		post("/api/coalitions/" + coalition + "/join-requests/any/decision", token(coordinator),
				"{\"approve\": \"perhaps\"}").assertProblem(400);
	}
}
