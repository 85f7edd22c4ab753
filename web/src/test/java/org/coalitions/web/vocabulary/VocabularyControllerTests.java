package org.coalitions.web.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages take join policies and roles from the contracts, have a label for each, and list none themselves. */
class VocabularyControllerTests {

	// the controller alone behind MVC's dispatch and JSON; StaticPagesIntegrationTests shows it is served signed out
	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new VocabularyController()).build();

	@Test
	void servesTheContractsValuesInTheirDeclaredOrder() throws Exception {
		mvc.perform(get(VocabularyController.PATH))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(jsonPath("$.joinPolicies", contains(names(JoinPolicy.values()).toArray())))
			.andExpect(jsonPath("$.roles", contains(names(Role.values()).toArray())));
	}

	@Test
	void everyValueHasALabel() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (String policy : names(JoinPolicy.values())) {
			assertThat(messages).containsKey("joinPolicy." + policy);
		}
		for (String role : names(Role.values())) {
			assertThat(messages).containsKey("role." + role);
		}
	}

	@Test
	void noScriptListsTheValuesItself() throws IOException {
		List<Path> scripts;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static/js"))) {
			scripts = files.filter((file) -> file.toString().endsWith(".js")).toList();
		}
		assertThat(scripts).isNotEmpty();
		List<String> values = Stream.concat(names(JoinPolicy.values()).stream(), names(Role.values()).stream()).toList();
		for (Path script : scripts) {
			String text = Files.readString(script);
			for (String value : values) {
				assertThat(text).as(script + " names " + value + " as a string: use the vocabulary (pages/common.js)")
					.doesNotContain("'" + value + "'")
					.doesNotContain("\"" + value + "\"");
			}
		}
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).toList();
	}
}
