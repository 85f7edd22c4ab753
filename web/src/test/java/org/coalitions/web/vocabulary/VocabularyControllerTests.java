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

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.Position;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.ReviewState;
import org.coalitions.contracts.Risk;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.contracts.Theme;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages take every enum they use from the contracts, have a label for each value, and list none themselves. */
class VocabularyControllerTests {

	/** Each list the vocabulary serves, its enum in the contracts, and the prefix of its labels in the messages. */
	record Served(String field, Enum<?>[] constants, String labelPrefix) {
	}

	static final List<Served> SERVED = List.of(new Served("themes", Theme.values(), "theme."),
			new Served("statuses", CoalitionStatus.values(), "status."),
			new Served("joinPolicies", JoinPolicy.values(), "joinPolicy."),
			new Served("roles", Role.values(), "role."),
			new Served("stakeholderGroups", StakeholderGroup.values(), "group."),
			new Served("digests", DigestPreference.values(), "digest."),
			new Served("outcomeKinds", OutcomeKind.values(), "outcome."), new Served("risks", Risk.values(), "risk."),
			new Served("reviewStates", ReviewState.values(), "reviewState."),
			new Served("reviewDecisions", ReviewDecision.values(), "reviewDecision."),
			new Served("positions", Position.values(), "position."));

	// the controller alone behind MVC's dispatch and JSON; StaticPagesIntegrationTests shows it is served signed out
	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new VocabularyController()).build();

	@Test
	void servesTheContractsValuesInTheirDeclaredOrder() throws Exception {
		ResultActions response = mvc.perform(get(VocabularyController.PATH))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(jsonPath("$.length()").value(SERVED.size()));
		for (Served served : SERVED) {
			response.andExpect(jsonPath("$." + served.field(), contains(names(served.constants()).toArray())));
		}
	}

	@Test
	void everyValueHasALabel() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (Served served : SERVED) {
			for (String value : names(served.constants())) {
				assertThat(messages).containsKey(served.labelPrefix() + value);
			}
		}
	}

	@Test
	void noScriptListsTheValuesItself() throws IOException {
		List<Path> scripts;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static/js"))) {
			scripts = files.filter((file) -> file.toString().endsWith(".js")).toList();
		}
		assertThat(scripts).isNotEmpty();
		List<String> values = SERVED.stream().flatMap((served) -> names(served.constants()).stream()).toList();
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
