package org.coalitions.platform.test;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shape of our error responses (RFC 9457, {@code ApiProblems}), checked in one place for slices and
 * integration tests alike: the status, {@code application/problem+json}, a title, the status repeated in the
 * body, and for invalid input the fields named under {@code errors}.
 */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/** For MockMvc: the response is a problem of the status naming at least these invalid fields. */
	public static ResultMatcher problem(int status, String... fields) {
		return result -> check(result.getResponse().getStatus(), result.getResponse().getContentType(),
				result.getResponse().getContentAsString(), status, fields);
	}

	/** For MockMvc: a 400 problem naming at least these invalid fields. */
	public static ResultMatcher invalid(String... fields) {
		return problem(400, fields);
	}

	static void check(int status, String contentType, String body, int expected, String... fields) {
		String seen = " (got " + status + " " + contentType + ": " + body + ")";
		if (status != expected) {
			throw new AssertionError("expected status " + expected + seen);
		}
		if (contentType == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			throw new AssertionError("expected application/problem+json" + seen);
		}
		JsonNode problem = JSON.readTree(body);
		if (problem.path("status").asInt() != expected || problem.path("title").asString("").isBlank()) {
			throw new AssertionError("expected a title and status " + expected + " in the body" + seen);
		}
		List<String> named = new ArrayList<>();
		problem.path("errors").forEach(error -> named.add(error.path("field").asString()));
		for (String field : fields) {
			if (!named.contains(field)) {
				throw new AssertionError("expected the invalid field " + field + " under errors" + seen);
			}
		}
	}
}
