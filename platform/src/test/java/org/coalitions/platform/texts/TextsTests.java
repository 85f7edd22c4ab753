package org.coalitions.platform.texts;

import java.util.Locale;
import java.util.Map;

import org.coalitions.contracts.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTests {

	@Test
	void theProblemTextsAreCompleteAndValidInEveryLanguage() {
		assertThat(ProblemTexts.TEXTS.problems()).isEmpty();
		assertThat(ProblemTexts.TEXTS.keys(Language.EN)).contains("problem.invalid.title", "problem.not-found.title",
				"problem.forbidden.title", "problem.conflict.title", "problem.store-unavailable.title");
	}

	@Test
	void aMissingKeyAnUnknownKeyAndAnInvalidPatternAreEachReported() {
		assertThat(Texts.load("texts/broken").problems()).containsExactlyInAnyOrder(
				"texts/broken_ru.properties: missing greeting",
				"texts/broken_ar.properties: extra has no English text",
				"texts/broken_ar.properties: members is no valid ICU pattern: "
						+ invalidMessage("{count, plural, one {# عضو"));
	}

	@Test
	void aTextMissingInALanguageReadsInEnglishAndAnUnknownKeyReadsAsItself() {
		Texts texts = Texts.load("texts/broken");
		assertThat(texts.get(Language.RU, "greeting", Map.of())).isEqualTo("Hello {0}");
		assertThat(texts.get(Locale.forLanguageTag("ru"), "greeting", "Ivan")).isEqualTo("Hello Ivan");
		assertThat(texts.get(Language.FR, "nothing-of-the-kind")).isEqualTo("nothing-of-the-kind");
	}

	@Test
	void pluralsFollowTheLanguagesOwnCategories() {
		Texts texts = Texts.load("texts/broken");
		assertThat(texts.get(Language.EN, "members", Map.of("count", 1))).isEqualTo("1 member");
		assertThat(texts.get(Language.FR, "members", Map.of("count", 0))).isEqualTo("0 membre");
		assertThat(texts.get(Language.RU, "members", Map.of("count", 21))).isEqualTo("21 член");
		assertThat(texts.get(Language.RU, "members", Map.of("count", 5))).isEqualTo("5 членов");
		assertThat(texts.get(Language.ZH, "members", Map.of("count", 1))).isEqualTo("1 名成员");
	}

	@Test
	void aLocaleOfNoneOfTheSixLanguagesReadsInEnglish() {
		assertThat(Texts.languageOf(Locale.GERMAN)).isEqualTo(Language.EN);
		assertThat(Texts.languageOf(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(Language.ZH);
	}

	private static String invalidMessage(String pattern) {
		try {
			new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLanguageTag("ar"));
			return "";
		}
		catch (IllegalArgumentException invalid) {
			return invalid.getMessage();
		}
	}
}
