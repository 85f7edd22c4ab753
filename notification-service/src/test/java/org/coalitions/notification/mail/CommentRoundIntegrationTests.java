package org.coalitions.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.contracts.CommentWindowClosed;
import org.coalitions.contracts.CommentWindowClosingSoon;
import org.coalitions.contracts.CommentWindowOpened;
import org.coalitions.contracts.OutcomeCommented;
import org.coalitions.contracts.OutcomeDrafted;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.OutcomeRevised;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.contracts.PositionRecorded;
import org.coalitions.infra.Ports;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.notification.digest.Digests;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment round as members see it, through the real broker, store and SMTP server: its feed lines (none for a
 * position: the tally counts them, and an anonymous one must not be named), the mails when the window opens and
 * two days before it closes, each once, and the round in the next digest with the published outcome's record.
 */
class CommentRoundIntegrationTests extends NotificationIntegrationTests {

	static final Instant HAPPENED = Instant.parse("2026-03-09T21:00:00Z");

	static final Instant CLOSES = Instant.parse("2026-03-20T17:00:00Z");

	/** 07:00 in UTC the next morning: the coordinator's daily digest. */
	static final Instant DIGEST_TIME = Instant.parse("2026-03-10T07:01:00Z");

	@Autowired
	Digests digests;

	@Test
	void membersAreToldOfTheRoundInTheirFeedByMailAndInTheirDigest() throws Exception {
		String carla = person("carla", "UTC", null, true);
		String mo = person("mo", "Pacific/Auckland", null, true);
		String quinn = person("quinn", "UTC", null, false);
		String outsider = person("olu", "UTC", null, true);
		String ines = person("ines", "Europe/Madrid", null, true, "es");
		String x = coalition(HAPPENED.minus(Duration.ofDays(3)), "Coalition on Spam", carla, mo, quinn, ines);
		coalition(HAPPENED.minus(Duration.ofDays(3)), "Coalition on Privacy", outsider);
		String o = "outcome-" + x;

		publishAt(HAPPENED, new OutcomeDrafted(x, o, "OUTCOME_DOCUMENT", "Spam principles"), carla);
		PendingEvent opened = publishAt(HAPPENED.plusSeconds(1),
				new CommentWindowOpened(x, o, "Spam principles", CLOSES), carla);
		publishAt(HAPPENED.plusSeconds(2), new OutcomeCommented(x, o, "c1", null, "Spam principles", mo,
				"Name of " + mo), mo);
		publishAt(HAPPENED.plusSeconds(3), new OutcomeCommented(x, o, "c2", "c1", "Spam principles", carla,
				"Name of " + carla), carla);
		publishAt(HAPPENED.plusSeconds(4), new PositionRecorded(x, o, "DISSENT", "GOVERNMENT", false), mo);
		publishAt(HAPPENED.plusSeconds(5), new OutcomeRevised(x, o, 2, "Spam principles"), carla);
		PendingEvent soon = publishAt(HAPPENED.plusSeconds(6),
				new CommentWindowClosingSoon(x, o, "Spam principles", CLOSES), "coalition-service");
		publishAt(HAPPENED.plusSeconds(7), new CommentWindowClosed(x, o, "Spam principles", "PUBLISHED"), carla);
		publishAt(HAPPENED.plusSeconds(8), new OutcomePublished(x, o, "OUTCOME_DOCUMENT", "Spam principles", null, true,
				new OutcomeTally(Map.of("SUPPORT", 1, "SUPPORT_WITH_CONCERNS", 1, "DISSENT", 1),
						Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 1), "GOVERNMENT",
								Map.of("SUPPORT_WITH_CONCERNS", 1, "DISSENT", 1)))),
				carla);

		Ports.await("the round in the feed", WAIT, () -> outcomeEntries(mo).size() >= 7);
		assertThat(outcomeEntries(mo).stream().map(entry -> entry.path("title").asString()).toList()).containsExactly(
				"Outcome document published: \u201cSpam principles\u201d \u2014 supported by 2 members from 2 stakeholder "
						+ "groups (1 with concerns); 1 dissent (see annex)",
				"Comments and positions on \u201cSpam principles\u201d close on 20 Mar 2026, 17:00 UTC",
				"The draft \u201cSpam principles\u201d was revised (version 2)",
				"Name of " + carla + " answered a comment on \u201cSpam principles\u201d",
				"Name of " + mo + " commented on \u201cSpam principles\u201d",
				"The draft \u201cSpam principles\u201d is open for comments and positions until 20 Mar 2026, 17:00 UTC",
				"Outcome document drafted: \u201cSpam principles\u201d");
		assertThat(outcomeEntries(mo)).allSatisfy(
				entry -> assertThat(entry.path("link").asString()).isEqualTo("/#/coalitions/" + x + "/outcomes/" + o));
		assertThat(titles(outsider)).noneMatch(title -> title.contains("Spam principles"));
		Ports.await("the round in ines's feed", WAIT, () -> outcomeEntries(ines).size() >= 7);
		assertThat(outcomeEntries(ines).stream().map(entry -> entry.path("title").asString()).toList())
			.as("in her language, the record counted from the tally's numbers")
			.contains("Documento de resultados publicado: \u00abSpam principles\u00bb \u2014 con el apoyo de 2 miembros "
					+ "de 2 grupos de partes interesadas (1 con reservas); 1 objeci\u00f3n (v\u00e9ase el anexo)",
					"Los comentarios y posiciones sobre \u00abSpam principles\u00bb se cierran el 20 mar 2026 17:00 UTC",
					"El borrador \u00abSpam principles\u00bb est\u00e1 abierto a comentarios y posiciones hasta el "
							+ "20 mar 2026 17:00 UTC");

		events.publish(opened);
		events.publish(soon);
		List<MimeMessage> mos = awaitMails(address(mo), 2);
		assertThat(subjects(settledMails(address(mo)))).as("each mail once, a redelivered event queues nothing")
			.containsExactly("Open for your comments: Spam principles (Coalition on Spam)",
					"Two days left to comment on Spam principles (Coalition on Spam)");
		assertThat(MailParts.of(mos.get(0)).text())
			.contains("is open for your comments and your position until Saturday 21 March 2026, 06:00 (Pacific/Auckland)")
			.contains("https://coalitions.test/#/coalitions/" + x + "/outcomes/" + o);
		assertThat(MailParts.of(mos.get(1)).html()).contains("Two days left")
			.contains("href=\"https://coalitions.test/#/coalitions/" + x + "/outcomes/" + o + "\"");
		assertThat(subjects(awaitMails(address(carla), 2))).contains("Open for your comments: Spam principles (Coalition on Spam)");
		List<MimeMessage> ineses = awaitMails(address(ines), 2);
		MimeMessage closingSoon = ineses.stream()
			.filter(mail -> subject(mail).startsWith("Quedan dos d\u00edas"))
			.findFirst()
			.orElseThrow();
		assertThat(MailParts.of(closingSoon).text()).as("in her language, the close in her zone")
			.contains("Quedan dos d\u00edas: los comentarios y posiciones sobre el borrador \u00abSpam principles\u00bb de "
					+ "Coalition on Spam se cierran el viernes, 20 de marzo de 2026")
			.contains("18:00 (Europe/Madrid).")
			.contains("Abrir el borrador: https://coalitions.test/#/coalitions/" + x + "/outcomes/" + o);
		assertThat(settledMails(address(quinn))).as("action mails switched off").isEmpty();
		assertThat(subjects(mailsTo(address(outsider)))).noneMatch(subject -> subject.contains("Spam principles"));

		clock.set(DIGEST_TIME);
		digests.run(clock.instant());
		Ports.await("carla's digest", WAIT, () -> subjects(mailsTo(address(carla))).stream()
			.anyMatch(subject -> subject.startsWith("Your daily Coalitions digest")));
		MimeMessage digest = mailsTo(address(carla)).stream()
			.filter(mail -> subject(mail).startsWith("Your daily Coalitions digest"))
			.findFirst()
			.orElseThrow();
		assertThat(MailParts.of(digest).text()).containsSubsequence("== Coalition on Spam ==", "Outcomes:",
				"commented on \u201cSpam principles\u201d", "was revised (version 2)", "close on 20 Mar 2026, 17:00 UTC",
				"supported by 2 members from 2 stakeholder groups (1 with concerns); 1 dissent (see annex)",
				"and 2 more");
	}

	private List<JsonNode> outcomeEntries(String personId) {
		List<JsonNode> found = new java.util.ArrayList<>();
		json(get("/api/feed?size=100", token(personId))).path("items").forEach(item -> {
			if (item.path("title").asString().contains("Spam principles")) {
				found.add(item);
			}
		});
		return found;
	}

	private List<String> titles(String personId) {
		List<String> found = new java.util.ArrayList<>();
		json(get("/api/feed?size=100", token(personId))).path("items")
			.forEach(item -> found.add(item.path("title").asString()));
		return found;
	}

	private static List<String> subjects(List<MimeMessage> mails) {
		return mails.stream().map(CommentRoundIntegrationTests::subject).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
