package org.coalitions.notification.mail;

import java.util.Map;

import org.coalitions.contracts.Language;
import org.coalitions.platform.texts.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The mails', digests', feed's and pages' texts: complete in the six languages, and plurals as each says them. */
class NotificationTextsTests {

	static final Texts TEXTS = Texts.load("messages");

	@Test
	void everyKeyIsInAllSixLanguagesAsAValidIcuPattern() {
		assertThat(TEXTS.problems()).isEmpty();
		assertThat(TEXTS.keys(Language.EN)).contains("digest.subject", "feed.balance-changed", "unsubscribe.title");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1  | 1 участник из 1 группы
			2  | 2 участника из 2 групп
			5  | 5 участников из 5 групп
			21 | 21 участник из 21 группы""")
	void russianHasOneFewAndMany(int count, String expected) {
		assertThat(balance(Language.RU, count)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0   | لا أعضاء
			1   | عضو واحد
			2   | عضوان
			3   | 3 أعضاء
			11  | 11 عضوًا
			100 | 100 عضو""")
	void arabicHasZeroOneTwoFewManyAndOther(int count, String expected) {
		assertThat(balance(Language.AR, count)).startsWith("التوازن: " + expected + " من");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | 1 | 1 | Your daily Coalitions digest: 1 update in 1 coalition
			en | 2 | 3 | Your daily Coalitions digest: 3 updates in 2 coalitions
			fr | 1 | 1 | Votre résumé quotidien Coalitions : 1 nouveauté dans 1 coalition
			fr | 2 | 5 | Votre résumé quotidien Coalitions : 5 nouveautés dans 2 coalitions
			ru | 2 | 5 | Ваша ежедневная сводка Coalitions: 5 новостей в 2 коалициях
			ru | 1 | 21 | Ваша ежедневная сводка Coalitions: 21 новость в 1 коалиции""")
	void theDigestsSubjectCountsInTheReadersLanguage(String tag, int coalitions, int updates, String expected) {
		assertThat(TEXTS.get(Language.of(tag).orElseThrow(), "digest.subject",
				Map.of("kind", "daily", "updates", updates, "coalitions", coalitions))).isEqualTo(expected);
	}

	@Test
	void noFeedLineReadsOneMembers() {
		for (Language language : Language.values()) {
			assertThat(balance(language, 1)).doesNotContain("1 members").doesNotContain("1 membres");
		}
		assertThat(balance(Language.EN, 1)).isEqualTo(
				"Balance: 1 member from 1 stakeholder group, the multistakeholder rule is not met");
	}

	private static String balance(Language language, int count) {
		return TEXTS.get(language, "feed.balance-changed",
				Map.of("members", count, "groups", count, "ruleMet", "false"));
	}
}
