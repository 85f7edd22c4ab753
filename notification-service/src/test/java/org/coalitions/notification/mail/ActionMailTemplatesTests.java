package org.coalitions.notification.mail;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coalitions.contracts.Language;
import org.coalitions.platform.texts.TextsMessageSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action mails' templates (meeting, comment window, hidden post, suspension, reporting reminder) in each of
 * the six languages: every text found, the HTML's language and direction set, the words the recipient's.
 */
class ActionMailTemplatesTests {

	static final MailTemplates TEMPLATES = new MailTemplates(new TextsMessageSource(NotificationTextsTests.TEXTS));

	static final String[] TEMPLATES_OF_ACTIONS = { "meeting-changed", "comment-window", "post-hidden",
			"posting-suspended", "reporting-reminder" };

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyActionMailFindsAllItsTextsInEachLanguage(Language language) {
		for (String template : TEMPLATES_OF_ACTIONS) {
			for (boolean variant : new boolean[] { true, false }) {
				MailTemplates.Rendered mail = TEMPLATES.render(template, model(variant), language);
				assertThat(mail.html()).as(template + " in " + language)
					.doesNotContain("??")
					.contains("lang=\"" + language.tag() + "\"")
					.contains("dir=\"" + (language == Language.AR ? "rtl" : "ltr") + "\"")
					.contains("Coalition X");
				assertThat(mail.text()).as(template + " in " + language).doesNotContain("??").contains("Coalition X");
			}
		}
	}

	@Test
	void theBodiesAreInTheRecipientsLanguage() {
		assertThat(TEMPLATES.render("meeting-changed", model(true), Language.FR).text())
			.contains("Bonjour Ana,")
			.contains("La r\u00e9union \u00ab Kick-off \u00bb de Coalition X pr\u00e9vue le WHEN a \u00e9t\u00e9 annul\u00e9e.")
			.contains("Dans votre fuseau horaire : le YOUR-TIME.")
			.contains("Mettre \u00e0 jour votre agenda (.ics): https://x/m.ics");
		assertThat(TEMPLATES.render("comment-window", model(false), Language.ES).text())
			.contains("El borrador \u00abKick-off\u00bb de Coalition X est\u00e1 abierto a sus comentarios y a su "
					+ "posici\u00f3n hasta el CLOSES.");
		assertThat(TEMPLATES.render("post-hidden", model(true), Language.AR).html())
			.contains("أخفى منسقو Coalition X منشورك في الموضوع «House rules»")
			.contains("Personal attack");
		assertThat(TEMPLATES.render("posting-suspended", model(true), Language.RU).text())
			.contains("до UNTIL").contains("Personal attack");
		assertThat(TEMPLATES.render("reporting-reminder", model(true), Language.ZH).text())
			.contains("作为 Coalition X 的协调人：REMINDER。");
		assertThat(TEMPLATES.render("reporting-reminder", model(true), Language.EN).text())
			.contains("As a coordinator of Coalition X: REMINDER.")
			.contains("on the coalition's page");
	}

	private static Map<String, Object> model(boolean variant) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", "Ana");
		model.put("coalition", "Coalition X");
		model.put("title", "Kick-off");
		model.put("cancelled", variant);
		model.put("closingSoon", variant);
		model.put("when", "WHEN");
		model.put("yourTime", variant ? "YOUR-TIME" : null);
		model.put("closesAt", "CLOSES");
		model.put("thread", "House rules");
		model.put("reason", "Personal attack");
		model.put("until", "UNTIL");
		model.put("reminder", "REMINDER");
		model.put("link", "https://x/c");
		model.put("calendarLink", "https://x/m.ics");
		model.put("settings", "https://x/settings");
		model.put("unsubscribe", "https://x/unsubscribe");
		return model;
	}
}
