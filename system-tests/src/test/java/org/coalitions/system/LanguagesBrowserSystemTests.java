package org.coalitions.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in the six UN languages, in a real headless Chromium against the local stack: a browser that asks for
 * Arabic gets Arabic pages laid out right to left (the header mirrored), one that asks for Chinese gets Chinese
 * ones, and Keycloak's sign-in page in the same language (screenshots in {@code target/screenshots/languages-*.png}); a member who picks a language with the switch sees the pages in
 * it at once, and again when signing in from another browser that asks for English (the profile remembers it).
 */
@BrowserSystemTest(screenshots = "languages-")
class LanguagesBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(60);

	final LocalStack stack;

	final Browsers browsers;

	LanguagesBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ar | ar-EG,ar | rtl | ar      | تسجيل الدخول إلى حسابك
			zh | zh-CN,zh | ltr | zh-Hans | 登录到您的账户""")
	void aBrowserAskingForALanguageGetsThePagesInIt(String language, String acceptLanguage, String direction,
			String keycloakLanguage, String keycloakTitle) throws IOException {
		Properties texts = texts(language);
		Browser visitor = browsers.open("visitor-" + language, acceptLanguage);
		visitor.open("#/");

		visitor.waitForText(By.tagName("h1"), texts.getProperty("coalitions.title"), EVENTUALLY);
		assertThat(visitor.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		assertThat(visitor.find(By.tagName("html")).getDomAttribute("dir")).isEqualTo(direction);
		assertThat(visitor.script("return getComputedStyle(document.body).direction")).isEqualTo(direction);
		assertThat(visitor.find(By.id("nav")).getText()).contains(texts.getProperty("nav.signIn"));
		// the coalitions are listed (their names as their coalitions wrote them)
		visitor.find(By.cssSelector("#main a[href^='#/coalitions/']"));
		// the header is mirrored right to left: the name of the site at the start of the line, the navigation after it
		Number brand = (Number) visitor.script("return document.querySelector('header .brand').getBoundingClientRect().left");
		Number nav = (Number) visitor.script("return document.getElementById('nav').getBoundingClientRect().left");
		assertThat(brand.doubleValue()).as("the brand's left edge against the navigation's")
			.matches(left -> direction.equals("rtl") ? left > nav.doubleValue() : left < nav.doubleValue());
		visitor.screenshot("languages-" + language + "-coalitions");
		visitor.open("#/outcomes");
		visitor.waitForText(By.tagName("h1"), texts.getProperty("registry.title"), EVENTUALLY);
		visitor.screenshot("languages-" + language + "-outcomes");

		// Keycloak's sign-in page, asked for in the pages' language
		visitor.click(By.cssSelector("#nav a[href='/oauth2/authorization/keycloak']"));
		visitor.waitForText(By.id("kc-page-title"), keycloakTitle, EVENTUALLY);
		assertThat(visitor.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(keycloakLanguage);
		assertThat(visitor.find(By.tagName("html")).getDomAttribute("dir")).isEqualTo(direction);
		visitor.screenshot("languages-" + language + "-sign-in");
	}

	@Test
	void theLanguageSwitchIsRememberedByTheProfile() throws IOException {
		Properties russian = texts("ru");
		String token = stack.token("emeka");
		try {
			Browser emeka = browsers.open("emeka", "en-GB,en");
			emeka.signIn("emeka");
			emeka.waitForText(By.tagName("h1"), texts("en").getProperty("coalitions.title"), EVENTUALLY);

			emeka.choose(By.id("language-switch"), "ru");
			emeka.waitForText(By.tagName("h1"), russian.getProperty("coalitions.title"), EVENTUALLY);
			emeka.waitForText(By.id("nav"), russian.getProperty("nav.signOut"), EVENTUALLY);
			assertThat(emeka.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
			emeka.screenshot("languages-ru-switched");
			// the switch saves the choice before it shows the pages in it
			assertThat(LocalStack.json(stack.get(stack.url("MEMBERSHIP", "/api/me"), token).body()).path("language")
				.asString(null)).isEqualTo("ru");

			// another browser, asking for English: signed in, the pages are in the profile's language
			Browser elsewhere = browsers.open("emeka-elsewhere", "en-GB,en");
			elsewhere.signIn("emeka");
			elsewhere.waitForText(By.id("nav"), russian.getProperty("nav.signOut"), EVENTUALLY);
			assertThat(elsewhere.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
		}
		finally {
			// emeka's pages in the other browser tests stay English
			stack.request("PUT", stack.url("MEMBERSHIP", "/api/me/language"), token, "{\"language\": null}",
					java.util.Map.of());
		}
	}

	/** The pages' texts in that language, as the web app serves them. */
	private static Properties texts(String language) throws IOException {
		String file = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
		Properties texts = new Properties();
		try (Reader in = new InputStreamReader(Files.newInputStream(LocalStack.REPO.resolve("web/src/main/resources/" + file)),
				StandardCharsets.UTF_8)) {
			texts.load(in);
		}
		return texts;
	}
}
