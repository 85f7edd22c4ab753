package org.coalitions.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages' texts follow the browser's language, and every language has every text. */
@WebMvcTest(controllers = MessagesController.class,
		excludeAutoConfiguration = org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class)
@WithAnonymousUser
class MessagesControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void frenchForAFrenchBrowser() throws Exception {
		mvc.perform(get("/i18n/messages").header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("fr"))
			.andExpect(jsonPath("$.messages['nav.signIn']").value("Se connecter"));
	}

	@Test
	void spanishWhenTheBrowserPrefersIt() throws Exception {
		mvc.perform(get("/i18n/messages").header("Accept-Language", "de, es;q=0.8, en;q=0.5"))
			.andExpect(jsonPath("$.language").value("es"))
			.andExpect(jsonPath("$.messages['nav.signIn']").value("Iniciar sesión"));
	}

	@Test
	void englishForAnyOtherOrAMalformedHeader() throws Exception {
		mvc.perform(get("/i18n/messages").header("Accept-Language", "de-DE"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.messages['nav.signIn']").value("Sign in"));
		mvc.perform(get("/i18n/messages").header("Accept-Language", ";;;=="))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("en"));
	}

	@Test
	void theLanguageChosenWinsOverTheBrowsersAndArabicIsRightToLeft() throws Exception {
		mvc.perform(get("/i18n/messages").param("lang", "ar").header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.language").value("ar"))
			.andExpect(jsonPath("$.direction").value("rtl"))
			.andExpect(jsonPath("$.messages['nav.signIn']").value(load("messages_ar.properties").getProperty("nav.signIn")));
		mvc.perform(get("/i18n/messages").param("lang", "zh-Hans").header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.language").value("zh"))
			.andExpect(jsonPath("$.direction").value("ltr"));
		// a language there is not: the browser's
		mvc.perform(get("/i18n/messages").param("lang", "de").header("Accept-Language", "ru, en;q=0.5"))
			.andExpect(jsonPath("$.language").value("ru"))
			.andExpect(jsonPath("$.languages.ar").value("العربية"))
			.andExpect(jsonPath("$.languages.zh").value("中文"))
			.andExpect(jsonPath("$.languages.fr").value("français"));
	}

	@Test
	void chineseForAChineseBrowser() throws Exception {
		mvc.perform(get("/i18n/messages").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(jsonPath("$.language").value("zh"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "es", "ar", "ru", "zh" })
	void everyLanguageHasEveryText(String language) throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> other = load("messages_" + language + ".properties").stringPropertyNames();
		assertThat(other).containsExactlyInAnyOrderElementsOf(english);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesControllerTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}
}
