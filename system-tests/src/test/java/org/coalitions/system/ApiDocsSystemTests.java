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

	@Test
	void theThreeDocumentsPassRedoclyLintWithoutErrors() throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "api-docs"));
		List<String> command = new ArrayList<>(List.of("npx", "--no-install", "redocly", "lint", "--config",
				"redocly.yaml"));
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
		assertThat(output).as(output).contains("Your API description is valid").doesNotContain("Error was generated", "Validation failed");
	}
}
