package org.coalitions.coalition;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over real HTTP: markup in names, charters and posts is kept and returned as the exact text
 * (a JSON API does not HTML-escape; whoever shows it escapes it), oversized bodies get 413 and malformed or
 * mistyped ones 400, always as {@code application/problem+json} and with nothing stored.
 */
@ApiIntegrationTest("coalition-service")
class HostileInputIntegrationTests {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String IMG = "\"><img src=x onerror=alert(document.cookie)>";

	ApiClient api;

	@Autowired
	Rosters rosters;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void markupInNamesChartersAndPostsIsStoredAndReturnedAsTheExactText() throws Exception {
		String name = SCRIPT + " Coalition " + IMG;
		ApiResponse created = send("POST", "/api/coalitions", "alice", null, proposal(name));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json.readTree(created.body()).get("id").asString();

		ApiResponse read = send("GET", "/api/coalitions/" + id, null, null, null);
		JsonNode coalition = json.readTree(read.body());
		assertThat(coalition.get("name").asString()).isEqualTo(name);
		assertThat(coalition.get("summary").asString()).isEqualTo(IMG);
		assertThat(coalition.get("charter").asString()).isEqualTo(SCRIPT);
		assertThat(read.body()).as("not HTML-escaped").contains("<script>").doesNotContain("&lt;");
		assertThat(json.readTree(send("GET", "/api/coalitions?q=coalition", null, null, null).body()).toString())
			.contains(SCRIPT);

		Ports.await("alice as coordinator", Duration.ofSeconds(30),
				() -> rosters.roleOf(id, "alice").orElse(null) == Role.COORDINATOR);
		ApiResponse edited = send("PUT", "/api/coalitions/" + id + "/charter", "alice", "\"1\"",
				json.writeValueAsString(java.util.Map.of("summary", SCRIPT, "charter", IMG + SCRIPT, "joinPolicy", "OPEN")));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(json.readTree(edited.body()).get("charter").asString()).isEqualTo(IMG + SCRIPT);

		ApiResponse thread = send("POST", "/api/coalitions/" + id + "/threads", "alice", null,
				json.writeValueAsString(java.util.Map.of("title", SCRIPT, "body", IMG)));
		assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
		String threadId = json.readTree(thread.body()).get("id").asString();
		ApiResponse reply = send("POST", "/api/coalitions/" + id + "/threads/" + threadId + "/replies",
				"alice", null, json.writeValueAsString(java.util.Map.of("body", SCRIPT + IMG)));
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
		JsonNode stored = json.readTree(send("GET", "/api/coalitions/" + id + "/threads/" + threadId, "alice", null, null).body());
		assertThat(stored.get("title").asString()).isEqualTo(SCRIPT);
		assertThat(stored.get("opening").get("body").asString()).isEqualTo(IMG);
		assertThat(stored.get("replies").get(0).get("body").asString()).isEqualTo(SCRIPT + IMG);
	}

	@Test
	void anOversizedBodyIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
		long before = count();
		String huge = proposal("Huge Coalition " + "x".repeat(10)).replace("\"Summary.\"",
				"\"" + "x".repeat(2 * 1024 * 1024) + "\"");

		send("POST", "/api/coalitions", "alice", null, huge).assertProblem(413);

		ApiResponse anonymous = send("POST", "/api/coalitions", null, null, huge);
		assertThat(anonymous.statusCode()).as("refused before anything reads it").isEqualTo(413);

		// no Content-Length: counted while read
		ApiResponse chunked = api.send(api.request("/api/coalitions", TestTokens.of("alice", "alice"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
			.build());
		chunked.assertProblem(413);

		assertThat(count()).isEqualTo(before);
		assertThat(send("POST", "/api/coalitions", "alice", null, proposal("Modest Coalition")).statusCode())
			.as("a body under the limit still goes through")
			.isEqualTo(201);
	}

	@Test
	void malformedAndMistypedBodiesGetA400Problem() throws Exception {
		long before = count();
		for (String body : new String[] { "{\"name\": ", "not json at all", "[]", "",
				proposal("Typed Coalition").replace("\"Summary.\"", "{\"text\": \"Summary.\"}"),
				proposal("Typed Coalition").replace("\"OPEN\"", "[\"OPEN\"]"),
				proposal("Typed Coalition").replace("\"OPEN\"", "\"SOMETIMES\"") }) {
			send("POST", "/api/coalitions", "alice", null, body).assertProblem(400);
		}
		assertThat(count()).isEqualTo(before);
	}

	private static String proposal(String name) throws Exception {
		return JsonMapper.builder().build().writeValueAsString(java.util.Map.of("name", name, "theme", "OTHER",
				"themeName", SCRIPT, "summary", name.startsWith(SCRIPT) ? IMG : "Summary.", "charter", SCRIPT,
				"joinPolicy", "OPEN", "statement", java.util.Map.of("rationale", SCRIPT, "actionPlan", IMG,
						"contactPersons", java.util.List.of(SCRIPT))));
	}

	private long count() throws Exception {
		return json.readTree(send("GET", "/api/coalitions?size=1", null, null, null).body()).get("total").asLong();
	}

	private ApiResponse send(String method, String path, String user, String ifMatch, String body) {
		return api.send(method, path, user == null ? null : TestTokens.of(user, user), body, "If-Match", ifMatch);
	}
}
