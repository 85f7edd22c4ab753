package org.coalitions.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordination group on the local stack with real Keycloak tokens: the coordinator of an active coalition is
 * in it and posts there, a member who represents nothing is refused, anyone reads it without signing in, and only
 * the coalition's coordinators name its representatives, who then take part.
 */
@ExtendWith(SharedLocalStack.class)
class CoordinationGroupSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	static final String SPACE = "/api/coalitions/coordination-group";

	final LocalStack stack;

	CoordinationGroupSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void anActiveCoalitionsCoordinatorPostsInTheGroupOthersReadItAndOnlyCoordinatorsNameRepresentatives() {
		Map<String, String> tokens = tokens(stack);
		tokens.values().forEach(token -> stack.get(stack.url("MEMBERSHIP", "/api/me"), token)); // their profiles
		Map<String, String> ids = new java.util.HashMap<>();
		tokens.forEach((user, token) -> ids.put(user,
				LocalStack.json(stack.get(stack.url("MEMBERSHIP", "/api/me"), token).body()).get("id").asString()));

		String name = "Group Coalition on Open Standards " + UUID.randomUUID().toString().substring(0, 8);
		String id = activeCoalition(stack, name, tokens);
		Ports.await("alice in the coordination group for it", EVENTUALLY,
				() -> representatives(id).contains(ids.get("alice")));

		HttpResponse<String> group = stack.get(stack.url("COALITION", "/api/coordination-group"), null);
		assertThat(group.statusCode()).as("public").isEqualTo(200);
		assertThat(group.body()).contains(name).as("names, never addresses").doesNotContain("@");

		Ports.await("alice may post in the group", EVENTUALLY, () -> stack.post(stack.url("COALITION", SPACE + "/threads"),
				tokens.get("alice"), "{\"title\": \"Overlaps: " + name + "\", \"body\": \"Who else works on this?\"}")
			.statusCode() == 201);
		HttpResponse<String> threads = stack.get(stack.url("COALITION", SPACE + "/threads"), null);
		assertThat(threads.statusCode()).as("anyone reads the group's threads").isEqualTo(200);
		assertThat(threads.body()).contains("Overlaps: " + name);
		assertThat(stack.get(stack.url("COALITION", SPACE + "/meetings"), null).statusCode()).isEqualTo(200);
		assertThat(stack.post(stack.url("COALITION", SPACE + "/threads/"
				+ LocalStack.json(threads.body()).get("items").get(0).get("id").asString() + "/replies"),
				tokens.get("sam"), "{\"body\": \"The secretariat takes note.\"}").statusCode())
			.as("the secretariat posts too").isEqualTo(201);

		// someone who represents no coalition at all (demo users coordinate demo coalitions), made a member here
		List<String> groupIds = groupMemberIds();
		Optional<String> outsider = List.of("bruno", "chen", "emeka", "dana", "farah", "gita")
			.stream()
			.filter(user -> !groupIds.contains(ids.get(user)))
			.findFirst();
		assertThat(outsider).as("a demo user who represents no coalition, among " + groupIds).isPresent();
		String member = outsider.orElseThrow();
		HttpResponse<String> joined = stack.post(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"),
				tokens.get(member), "{}");
		assertThat(joined.statusCode()).as(joined.body()).isIn(201, 409);
		HttpResponse<String> refused = stack.post(stack.url("COALITION", SPACE + "/threads"), tokens.get(member),
				"{\"title\": \"Not mine\", \"body\": \"Let me in.\"}");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

		String representatives = "/api/coalitions/" + id + "/representatives";
		String naming = "{\"representativeIds\": [\"" + ids.get(member) + "\"]}";
		assertThat(stack.request("PUT", stack.url("COALITION", representatives), tokens.get(member), naming, Map.of())
			.statusCode()).as("only coordinators name representatives").isEqualTo(403);
		assertThat(stack.request("PUT", stack.url("COALITION", representatives), tokens.get("sam"), naming, Map.of())
			.statusCode()).as("not even the secretariat").isEqualTo(403);
		assertThat(stack.request("PUT", stack.url("COALITION", representatives), tokens.get("alice"),
				"{\"representativeIds\": [\"someone-else\"]}", Map.of()).statusCode())
			.as("only members can be named").isEqualTo(400);
		Ports.await("alice names " + member + " (once coalition-service knows the membership)", EVENTUALLY, () -> stack
			.request("PUT", stack.url("COALITION", representatives), tokens.get("alice"), naming, Map.of())
			.statusCode() == 200);
		assertThat(representatives(id)).containsExactly(ids.get(member));
		Ports.await(member + ", now a representative, may post", EVENTUALLY, () -> stack
			.post(stack.url("COALITION", SPACE + "/threads"), tokens.get(member),
					"{\"title\": \"Representing " + name + "\", \"body\": \"Hello, group.\"}")
			.statusCode() == 201);

		assertThat(stack.request("PUT", stack.url("COALITION", representatives), tokens.get("alice"),
				"{\"representativeIds\": []}", Map.of()).statusCode()).isEqualTo(200);
		assertThat(representatives(id)).as("back to its coordinators").containsExactly(ids.get("alice"));
	}

	/**
	 * An open coalition proposed by alice, approved by the secretariat (where the review exists, issue 13) and made
	 * active by bruno, chen and emeka joining from three more stakeholder groups.
	 */
	static String activeCoalition(LocalStack stack, String name, Map<String, String> tokens) {
		tokens.values().forEach(token -> stack.get(stack.url("MEMBERSHIP", "/api/me"), token)); // their profiles
		HttpResponse<String> proposed = stack.post(stack.url("COALITION", "/api/coalitions"), tokens.get("alice"), """
				{"name": "%s", "theme": "OPEN_STANDARDS", "summary": "Standards everyone can use.",
				 "joinPolicy": "OPEN", "statement": {"rationale": "Overlapping standards work.",
				 "actionPlan": "A yearly review.", "contactPersons": ["Alice"]}}""".formatted(name));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String id = LocalStack.json(proposed.body()).get("id").asString();
		Ports.await("alice as the first coordinator", EVENTUALLY, () -> stack
			.get(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/join-requests"), tokens.get("alice"))
			.statusCode() == 200);
		stack.post(stack.url("COALITION", "/api/coalitions/" + id + "/review"), tokens.get("sam"),
				"{\"decision\": \"APPROVED\"}");
		for (String user : List.of("bruno", "chen", "emeka")) {
			HttpResponse<String> joined = stack.post(stack.url("MEMBERSHIP", "/api/coalitions/" + id + "/members"),
					tokens.get(user), "{}");
			assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		}
		Ports.await("the coalition to become ACTIVE", EVENTUALLY, () -> "ACTIVE".equals(
				LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions/" + id), null).body())
					.get("status")
					.asString()));
		return id;
	}

	/** Tokens of the demo users the group's tests use, by user name. */
	static Map<String, String> tokens(LocalStack stack) {
		Map<String, String> tokens = new java.util.HashMap<>();
		for (String user : List.of("alice", "bruno", "chen", "dana", "emeka", "farah", "gita", "sam")) {
			tokens.put(user, stack.token(user));
		}
		return tokens;
	}

	private List<String> representatives(String coalitionId) {
		return LocalStack.json(stack.get(stack.url("COALITION", "/api/coalitions/" + coalitionId + "/representatives"),
				null).body()).get("representatives").valueStream().map(person -> person.get("id").asString()).toList();
	}

	private List<String> groupMemberIds() {
		JsonNode group = LocalStack.json(stack.get(stack.url("COALITION", "/api/coordination-group"), null).body());
		return group.get("members").valueStream().map(member -> member.get("id").asString()).toList();
	}
}
