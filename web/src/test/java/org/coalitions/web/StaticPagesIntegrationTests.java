package org.coalitions.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages are served to anyone, and their scripts never write user text as HTML. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theAppIsServedSignedOut() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
		mvc.perform(get("/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<script type=\"module\" src=\"/js/app.js\">")));
		mvc.perform(get("/js/app.js")).andExpect(status().isOk());
		mvc.perform(get("/vocabulary")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void noScriptInsertsMarkupFromStrings() throws IOException {
		List<Path> scripts;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static/js"))) {
			scripts = files.filter((file) -> file.toString().endsWith(".js")).toList();
		}
		assertThat(scripts).isNotEmpty();
		for (Path script : scripts) {
			assertThat(Files.readString(script)).as(script.toString())
				.doesNotContain("innerHTML")
				.doesNotContain("outerHTML")
				.doesNotContain("insertAdjacentHTML")
				.doesNotContain("document.write");
		}
	}
}
