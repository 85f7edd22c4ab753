package org.coalitions.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service of the running stack refuses an oversized body with a 413 problem and an unreadable one with a
 * 400 problem, never a 500: the limit is the platform's, so a service cannot forget it.
 */
@ExtendWith(SharedLocalStack.class)
class HostileInputSystemTests {

	static final String TWO_MEGABYTES = "{\"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

	final LocalStack stack;

	HostileInputSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void everyServiceRefusesAnOversizedBodyWith413() {
		String token = stack.token("gita");
		for (String[] endpoint : List.of(new String[] { "COALITION", "POST", "/api/coalitions" },
				new String[] { "MEMBERSHIP", "PUT", "/api/me" },
				new String[] { "NOTIFICATION", "POST", "/api/feed/read-all" })) {
			HttpResponse<String> refused = stack.request(endpoint[1], stack.url(endpoint[0], endpoint[2]), token,
					TWO_MEGABYTES, Map.of());
			assertThat(refused.statusCode()).as(String.join(" ", endpoint)).isEqualTo(413);
			assertThat(refused.headers().firstValue("Content-Type")).as(String.join(" ", endpoint))
				.hasValue("application/problem+json");
		}
	}

	@Test
	void malformedAndMistypedJsonGetsA400Problem() {
		String token = stack.token("gita");
		for (String body : List.of("{\"name\": ", "[1, 2]", "{\"name\": {\"nested\": true}, \"displayName\": [\"Gita\"]}")) {
			for (String[] endpoint : List.of(new String[] { "COALITION", "POST", "/api/coalitions" },
					new String[] { "MEMBERSHIP", "PUT", "/api/me" })) {
				HttpResponse<String> refused = stack.request(endpoint[1], stack.url(endpoint[0], endpoint[2]), token,
						body, Map.of());
				assertThat(refused.statusCode()).as(endpoint[2] + " " + body).isEqualTo(400);
				assertThat(refused.headers().firstValue("Content-Type")).as(endpoint[2] + " " + body)
					.hasValue("application/problem+json");
			}
		}
	}
}
