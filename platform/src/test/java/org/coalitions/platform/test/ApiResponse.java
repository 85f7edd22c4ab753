package org.coalitions.platform.test;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a service answered: status, headers and body as text, with the JSON and problem checks tests need. */
public final class ApiResponse {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpResponse<String> response;

	ApiResponse(HttpResponse<String> response) {
		this.response = response;
	}

	public int statusCode() {
		return response.statusCode();
	}

	public String body() {
		return response.body();
	}

	public HttpHeaders headers() {
		return response.headers();
	}

	public Optional<String> header(String name) {
		return response.headers().firstValue(name);
	}

	/** The Content-Type header, or an empty string. */
	public String contentType() {
		return header("Content-Type").orElse("");
	}

	public JsonNode json() {
		return JSON.readTree(body());
	}

	/** Fails, showing the body, unless the status is the expected one. */
	public ApiResponse assertStatus(int expected) {
		if (statusCode() != expected) {
			throw new AssertionError("expected " + expected + " but got " + statusCode() + ": " + body());
		}
		return this;
	}

	/** Fails unless this is an RFC 9457 problem of the status; returns it for further checks. */
	public JsonNode assertProblem(int expected) {
		Problems.check(statusCode(), contentType(), body(), expected);
		return json();
	}

	/** Fails unless this is a 400 problem naming (at least) these fields under {@code errors}. */
	public JsonNode assertInvalid(String... fields) {
		Problems.check(statusCode(), contentType(), body(), 400, fields);
		return json();
	}

	@Override
	public String toString() {
		return statusCode() + " " + body();
	}
}
