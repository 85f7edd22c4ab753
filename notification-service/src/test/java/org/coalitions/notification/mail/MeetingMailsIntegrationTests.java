package org.coalitions.notification.mail;

import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.coalitions.contracts.MeetingCancelled;
import org.coalitions.contracts.MeetingChanged;
import org.coalitions.infra.Ports;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's change and cancellation reach the coalition's members: a line in their feed, and a mail at once to
 * each member who wants action mails, with the time in the meeting's zone and in their own.
 */
class MeetingMailsIntegrationTests extends NotificationIntegrationTests {

	static final Instant STARTS_AT = Instant.parse("2031-03-05T05:30:00Z"); // 18:30 in Auckland, 05:30 in UTC

	@Test
	void membersReadAChangeAndACancellationInTheirFeedAndGetAMailOfEach() throws Exception {
		String carla = person("carla", "UTC", null, true);
		String mere = person("mere", "Pacific/Auckland", null, true);
		String quinn = person("quinn", "UTC", null, false);
		String dana = person("dana", "Europe/Paris", null, true, "fr");
		String x = coalition(START, "Coalition on Pacific Calendars", carla, mere, quinn, dana);

		events.publish(new MeetingChanged(x, "m-" + x, "Regional meeting", STARTS_AT, "Pacific/Auckland", 1), carla);
		events.publish(new MeetingCancelled(x, "m-" + x, "Regional meeting", STARTS_AT, "Pacific/Auckland", 2), carla);

		List<MimeMessage> toCarla = awaitMeetingMails(address(carla), 2);
		assertThat(subjects(toCarla)).containsExactlyInAnyOrder(
				"Meeting changed: Regional meeting (Coalition on Pacific Calendars)",
				"Meeting cancelled: Regional meeting (Coalition on Pacific Calendars)");
		MimeMessage cancelled = toCarla.stream().filter(mail -> subject(mail).startsWith("Meeting cancelled")).findFirst()
			.orElseThrow();
		MailParts parts = MailParts.of(cancelled);
		assertThat(parts.text()).contains("on 5 Mar 2031, 18:30 (Pacific/Auckland) was cancelled")
			.contains("In your time zone: on 5 Mar 2031, 05:30 (UTC)")
			.contains("https://coalitions.test/api/coalitions/" + x + "/meetings/m-" + x + ".ics");
		assertThat(parts.html()).contains("href=\"https://coalitions.test/#/coalitions/" + x + "\"");
		List<MimeMessage> toMere = awaitMeetingMails(address(mere), 2);
		assertThat(MailParts.of(toMere.get(0)).text()).as("her zone is the meeting's: said once")
			.doesNotContain("In your time zone");
		assertThat(meetingMails(settledMails(address(quinn)))).as("action mails switched off").isEmpty();

		Ports.await("both lines in mere's feed", WAIT, () -> feedTitles(mere).size() >= 2);
		assertThat(feedTitles(mere)).contains(
				"Meeting \u201cRegional meeting\u201d changed: now on 5 Mar 2031, 18:30 (Pacific/Auckland)",
				"Meeting \u201cRegional meeting\u201d cancelled: it was on 5 Mar 2031, 18:30 (Pacific/Auckland)");

		List<MimeMessage> toDana = awaitMeetingMails(address(dana), 2);
		assertThat(subjects(toDana)).as("dana's profile says French").containsExactlyInAnyOrder(
				"R\u00e9union modifi\u00e9e : Regional meeting (Coalition on Pacific Calendars)",
				"R\u00e9union annul\u00e9e : Regional meeting (Coalition on Pacific Calendars)");
		MimeMessage cancelledForDana = toDana.stream().filter(mail -> subject(mail).startsWith("R\u00e9union annul\u00e9e"))
			.findFirst()
			.orElseThrow();
		assertThat(MailParts.of(cancelledForDana).text()).contains("Bonjour Name of " + dana + ",")
			.contains("La r\u00e9union \u00ab Regional meeting \u00bb de Coalition on Pacific Calendars pr\u00e9vue le "
					+ "5 mars 2031 18:30 (Pacific/Auckland) a \u00e9t\u00e9 annul\u00e9e.")
			.contains("Dans votre fuseau horaire : le 5 mars 2031 06:30 (Europe/Paris).")
			.contains("Mettre \u00e0 jour votre agenda (.ics): https://coalitions.test/api/coalitions/" + x);
		assertThat(MailParts.of(cancelledForDana).html()).contains("lang=\"fr\"");
		Ports.await("both lines in dana's feed", WAIT, () -> feedTitles(dana).size() >= 2);
		assertThat(feedTitles(dana)).as("in her language, her feed").contains(
				"R\u00e9union \u00ab Regional meeting \u00bb modifi\u00e9e : d\u00e9sormais le 5 mars 2031 18:30 (Pacific/Auckland)",
				"R\u00e9union \u00ab Regional meeting \u00bb annul\u00e9e : elle \u00e9tait pr\u00e9vue le 5 mars 2031 18:30 "
						+ "(Pacific/Auckland)");

		// a redelivery mails nobody twice
		events.publish(new MeetingCancelled(x, "m-" + x, "Regional meeting", STARTS_AT, "Pacific/Auckland", 2), carla);
		assertThat(meetingMails(settledMails(address(carla)))).hasSize(2);
	}

	/** The proposal's receipt goes to the proposer too: only the meetings' mails count here. */
	private static List<MimeMessage> meetingMails(List<MimeMessage> mails) {
		return mails.stream()
			.filter(mail -> subject(mail).startsWith("Meeting ") || subject(mail).startsWith("R\u00e9union "))
			.toList();
	}

	private static List<MimeMessage> awaitMeetingMails(String address, int count) {
		Ports.await(count + " meeting mail(s) to " + address, WAIT,
				() -> meetingMails(mailsTo(address)).size() >= count);
		return meetingMails(mailsTo(address));
	}

	private List<String> feedTitles(String personId) {
		return json(get("/api/feed", token(personId))).path("items")
			.valueStream()
			.map(item -> item.path("title").asString())
			.filter(title -> title.startsWith("Meeting") || title.startsWith("R\u00e9union"))
			.toList();
	}

	private static List<String> subjects(List<MimeMessage> mails) {
		return mails.stream().map(MeetingMailsIntegrationTests::subject).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
