package org.coalitions.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Who can join which coalition over and over: demo users paired with an open demo coalition they are not in
 * (read from {@code infra/demo/coalitions.json}), one pair per user so that concurrent workers never race on one
 * membership. Each worker joins, then leaves, then joins again, so the run can be repeated.
 */
final class JoinPairs {

	/** The demo users who take part in coalitions (sam is the secretariat). */
	static final List<String> USERS = List.of("alice", "bruno", "chen", "dana", "emeka", "farah", "gita");

	record Pair(String user, String coalitionId, String token) {
	}

	private final Stack stack;

	private final List<Pair> pairs;

	private JoinPairs(Stack stack, List<Pair> pairs) {
		this.stack = stack;
		this.pairs = pairs;
	}

	static JoinPairs find(Stack stack, Http http) {
		Map<String, String> ids = coalitionIds(stack, http);
		Map<String, String> pairOf = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		for (JsonNode coalition : demoCoalitions(stack)) {
			if (!"OPEN".equals(coalition.path("joinPolicy").asString())) {
				continue;
			}
			Set<String> inside = new HashSet<>();
			inside.add(coalition.path("proposer").asString());
			coalition.path("members").forEach(member -> inside.add(member.asString()));
			for (String user : USERS) {
				String id = ids.get(coalition.path("name").asString());
				if (id != null && !inside.contains(user) && taken.add(user)) {
					pairOf.put(user, id);
				}
			}
		}
		List<Pair> pairs = new ArrayList<>();
		pairOf.forEach((user, coalitionId) -> pairs.add(new Pair(user, coalitionId, http.token(stack, user))));
		System.out.println("bench: join pairs " + pairOf);
		return new JoinPairs(stack, pairs);
	}

	int size() {
		return pairs.size();
	}

	/** Worker {@code i}: join, leave, join, ... as its own user. */
	ClosedLoad.Call worker(Http http, int i) {
		Pair pair = pairs.get(i % pairs.size());
		String members = stack.url("MEMBERSHIP", "/api/coalitions/" + pair.coalitionId() + "/members");
		boolean[] joined = { false };
		return () -> {
			boolean join = !joined[0];
			int status = join
					? http.send(Http.json(members, pair.token(), "{}").build()).statusCode()
					: http.send(Http.request(members + "/me", pair.token()).DELETE().build()).statusCode();
			// flip even on an error (e.g. already in after an interrupted earlier run): the next call repairs it
			joined[0] = join;
			return new ClosedLoad.Outcome(join ? "POST /members (join)" : "DELETE /members/me (leave)", status);
		};
	}

	private static Map<String, String> coalitionIds(Stack stack, Http http) {
		byte[] body = http.send(Http.request(stack.url("COALITION", "/api/coalitions?size=100"), null).GET().build())
			.body();
		Map<String, String> ids = new HashMap<>();
		Json.parse(new String(body, StandardCharsets.UTF_8))
			.path("items")
			.forEach(item -> ids.put(item.path("name").asString(), item.path("id").asString()));
		return ids;
	}

	private static JsonNode demoCoalitions(Stack stack) {
		try {
			return Json.parse(Files.readString(stack.repo().resolve("infra/demo/coalitions.json"))).path("coalitions");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
