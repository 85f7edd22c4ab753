package org.coalitions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The three services' OpenAPI documents, as the running stack serves them, pass an outside linter: Redocly CLI
 * (pinned in this module's package.json, installed by {@code npm ci}; infra/test does it) with the recommended
 * ruleset ({@code redocly.yaml}). Errors fail; warnings are only reported.
 */
@ExtendWith(SharedLocalStack.class)
class ApiDocsSystemTests {

	final LocalStack stack;

	ApiDocsSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	/** Read from each service's own security rules, so checked where those rules differ the most. */
	@Test
	void operationsArePublicExactlyWhereTheSecurityRulesSaySo() {
		JsonNode membership = docs("MEMBERSHIP");
		assertPublic(membership.at("/paths/~1api~1coalitions~1{id}~1members/get"));
		assertThat(membership.at("/paths/~1api~1coalitions~1{id}~1members/post/security/0").propertyNames())
			.containsExactly("bearer-jwt");
		JsonNode notification = docs("NOTIFICATION");
		assertPublic(notification.at("/paths/~1api~1unsubscribe/get"));
		assertThat(notification.at("/paths/~1api~1activity~1coalitions/get/security/0").propertyNames())
			.containsExactly("bearer-jwt");
		assertThat(notification.at("/paths/~1api~1activity~1coalitions/get/responses/403/content")
			.propertyNames()).containsExactly("application/problem+json");
	}

	private static void assertPublic(JsonNode operation) {
		assertThat(operation.path("security").isArray()).as("security stated").isTrue();
		assertThat(operation.get("security")).as("no security requirement").isEmpty();
	}

	private JsonNode docs(String service) {
		return LocalStack.json(stack.get(stack.url(service, "/v3/api-docs"), null).body());
	}

	@Test
	void theThreeDocumentsPassRedoclyLintWithoutErrors() throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "api-docs"));
		List<String> command = new ArrayList<>(
				List.of("npx", "--no-install", "redocly", "lint", "--format=summary", "--config", "redocly.yaml"));
		for (String service : List.of("COALITION", "MEMBERSHIP", "NOTIFICATION")) {
			HttpResponse<String> docs = stack.get(stack.url(service, "/v3/api-docs"), null);
			assertThat(docs.statusCode()).as(service + " OpenAPI").isEqualTo(200);
			Path file = folder.resolve(service.toLowerCase() + ".json");
			Files.writeString(file, docs.body());
			command.add(file.toString());
		}

		Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();

		assertThat(lint.exitValue()).as("redocly lint (npm ci in system-tests if it is missing):\n" + output)
			.isZero();
		// the summary format counts problems per rule, one line each: "error   <rule>: <n>" or "warning ..."
		assertThat(output).as(output).contains("Your API description").doesNotContainPattern("(?m)^error\\s");
	}
}
