package org.coalitions.web.proxy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.coalitions.contracts.ConsistencyToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles "download my data": asks the three services, in parallel and with the person's own access token, for
 * what each holds about them ({@link Part}), and puts their answers in one document. A file is whole or not given:
 * a service that fails, answers anything but 200, or does not answer within {@link MyDataProperties#timeout()} makes
 * the whole download fail ({@link PartsMissing}, naming the services), never a file with a part left out.
 */
@Component
class MyDataDownload {

	/** Each service's part: its name in the file, the service, and the path of its export. */
	enum Part {

		MEMBERSHIP("membership", "membership-service", "/api/me/data"),
		COALITIONS("coalitions", "coalition-service", "/api/people/me/data"),
		NOTIFICATIONS("notifications", "notification-service", "/api/feed/me/data");

		final String field;

		final String service;

		final String path;

		Part(String field, String service, String path) {
			this.field = field;
			this.service = service;
			this.path = path;
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiRoutes routes;

	private final HttpClient http;

	private final ProxyTimeouts timeouts;

	private final MyDataProperties properties;

	private final Clock clock = Clock.systemUTC();

	MyDataDownload(ApiRoutes routes, ProxyTimeouts timeouts, MyDataProperties properties) {
		this.routes = routes;
		this.timeouts = timeouts;
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeouts.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * @param consistency the session's read-your-writes token, if any: each service answers once it has applied the
	 * person's latest commands
	 * @throws SignInRefused when a service refuses the token (401): the sign-in expired or was never valid
	 * @throws PartsMissing when a service failed or did not answer in time
	 */
	ObjectNode assemble(String accessToken, Optional<String> consistency) {
		Map<Part, CompletableFuture<HttpResponse<String>>> asked = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			asked.put(part, send(routes.targets(part.path, null), 0, accessToken, consistency));
		}
		try {
			CompletableFuture.allOf(asked.values().toArray(CompletableFuture[]::new))
				.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// each part is looked at below
		}
		Map<Part, JsonNode> answers = new EnumMap<>(Part.class);
		List<String> missing = new ArrayList<>();
		for (Map.Entry<Part, CompletableFuture<HttpResponse<String>>> entry : asked.entrySet()) {
			CompletableFuture<HttpResponse<String>> answer = entry.getValue();
			if (!answer.isDone() || answer.isCompletedExceptionally()) {
				answer.cancel(true);
				missing.add(entry.getKey().service);
				continue;
			}
			HttpResponse<String> response = answer.join();
			if (response.statusCode() == 401) {
				throw new SignInRefused();
			}
			if (response.statusCode() != 200) {
				missing.add(entry.getKey().service);
				continue;
			}
			answers.put(entry.getKey(), JSON.readTree(response.body()));
		}
		if (!missing.isEmpty()) {
			throw new PartsMissing(missing);
		}
		return document(answers);
	}

	/** {@code {person, generatedAt, membership, coalitions, notifications}}. */
	private ObjectNode document(Map<Part, JsonNode> answers) {
		JsonNode membership = answers.get(Part.MEMBERSHIP);
		JsonNode notifications = answers.get(Part.NOTIFICATIONS);
		ObjectNode person = JSON.createObjectNode();
		person.put("id", membership.path("personId").asString());
		JsonNode profile = membership.path("profile").isObject() ? membership.path("profile")
				: notifications.path("person");
		person.set("displayName", profile.path("displayName").isMissingNode() ? null : profile.path("displayName"));
		person.set("email", profile.path("email").isMissingNode() ? null : profile.path("email"));
		ObjectNode file = JSON.createObjectNode();
		file.set("person", person);
		file.put("generatedAt", generatedAt().toString());
		for (Part part : Part.values()) {
			file.set(part.field, answers.get(part));
		}
		return file;
	}

	Instant generatedAt() {
		return clock.instant();
	}

	/**
	 * Sends to the service's instance {@code index}, and to the next one when this one cannot be reached (it never
	 * saw the request; a read may go anywhere).
	 */
	private CompletableFuture<HttpResponse<String>> send(List<URI> targets, int index, String accessToken,
			Optional<String> consistency) {
		HttpRequest.Builder request = HttpRequest.newBuilder(targets.get(index))
			.timeout(timeouts.responseTimeout())
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + accessToken)
			.GET();
		consistency.ifPresent(token -> request.header(ConsistencyToken.HEADER, token));
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
			.exceptionallyCompose(failure -> notConnected(failure) && index + 1 < targets.size()
					? send(targets, index + 1, accessToken, consistency) : CompletableFuture.failedFuture(failure));
	}

	private static boolean notConnected(Throwable failure) {
		Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
				: failure;
		return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
				|| cause instanceof IOException && cause.getCause() instanceof ConnectException;
	}

	/** A service refused the person's token. */
	static class SignInRefused extends RuntimeException {

		SignInRefused() {
			super("a service refused the access token");
		}
	}

	/** Services that failed or did not answer in time: no file. */
	static class PartsMissing extends RuntimeException {

		private final List<String> services;

		PartsMissing(List<String> services) {
			super("no answer from " + String.join(", ", services));
			this.services = List.copyOf(services);
		}

		List<String> services() {
			return services;
		}
	}
}
