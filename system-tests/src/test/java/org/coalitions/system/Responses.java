package org.coalitions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.coalitions.infra.Ports;
import tools.jackson.databind.JsonNode;

/** What the system tests check of an answer: its status (naming the request and body when wrong), its body, its id. */
final class Responses {

	/** How long a consumer may take on a busy two-core machine. */
	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	private Responses() {
	}

	/** The answer, once its status is the expected one. */
	static HttpResponse<String> expect(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": "
				+ abbreviate(response.body())).isEqualTo(status);
		return response;
	}

	/** The answer's JSON body (an empty object for none), once its status is the expected one. */
	static JsonNode body(HttpResponse<String> response, int status) {
		expect(response, status);
		return response.body().isBlank() ? LocalStack.json("{}") : LocalStack.json(response.body());
	}

	/** The {@code id} of what the answer created. */
	static String id(HttpResponse<String> created) {
		return LocalStack.json(created.body()).get("id").asString();
	}

	/**
	 * Asks again every half second, up to {@link #EVENTUALLY}, until the answer has that status (a service may not
	 * have read an event yet, or be busy: an unreachable service counts as a wrong answer); fails naming the last
	 * answer.
	 */
	static HttpResponse<String> await(String what, Supplier<HttpResponse<String>> request, int status) {
		AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
		try {
			Ports.await(what, EVENTUALLY, () -> {
				try {
					last.set(request.get());
				}
				catch (IllegalStateException unreachable) {
					// a service still busy: ask again
				}
				if (last.get() != null && last.get().statusCode() == status) {
					return true;
				}
				BrowserSystemTests.sleep(500);
				return false;
			});
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + "; last answer "
					+ (last.get() == null ? "none" : last.get().statusCode() + " " + abbreviate(last.get().body())), ex);
		}
		return last.get();
	}

	static String abbreviate(String body) {
		return body == null || body.length() <= 300 ? String.valueOf(body) : body.substring(0, 300) + "...";
	}
}
