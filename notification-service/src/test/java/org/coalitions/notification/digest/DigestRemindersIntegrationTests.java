package org.coalitions.notification.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporting reminder stands at the top of the coordinators' digests until coalition-service publishes the
 * report as filed or a newer reminder replaces it; members see none. Events on the real broker, digests run at
 * a moved clock, mail at a real SMTP server.
 */
class DigestRemindersIntegrationTests extends NotificationIntegrationTests {

	static final Instant FIRST_DIGEST = Instant.parse("2026-03-10T07:01:00Z");

	@Autowired
	Digests digests;

	@Test
	void theLatestReminderTopsTheCoordinatorsDigestsUntilTheReportIsFiled() throws Exception {
		String carla = person("carla", "UTC", null, true);
		String mo = person("mo", "UTC", "DAILY", true);
		String ruslan = person("ruslan", "UTC", null, true, "ru");
		String x = coalition(START, "Coalition on Reports", carla, mo);
		publishAt(START.plusSeconds(5), new MemberJoined(x, ruslan, "Name of " + ruslan, "GOVERNMENT", "BR",
				"COORDINATOR"), ruslan);
		awaitPerson(ruslan, person -> person.coordinates(x));
		PendingEvent thirtyDays = publishAt(START.plus(Duration.ofMinutes(30)),
				new ReportingReminderDue(x, 2025, "DUE_IN_30_DAYS", LocalDate.of(2026, 3, 31)), "coalition-service");
		publishAt(START.plus(Duration.ofMinutes(40)),
				new ReportingReminderDue(x, 2025, "DUE_IN_7_DAYS", LocalDate.of(2026, 3, 31)), "coalition-service");
		events.publish(thirtyDays); // an older reminder delivered again does not replace the newer one
		publishAt(START.plus(Duration.ofMinutes(50)), new ThreadStarted(x, "t1", "Drafting the report", mo,
				"Name of " + mo), mo);
		Ports.await("the reminders and the thread in the feed", WAIT,
				() -> json(get("/api/feed?size=100", token(carla))).path("total").asLong() >= 7);

		clock.set(FIRST_DIGEST);
		digests.run(clock.instant());
		MailParts carlas = MailParts.of(awaitDigests(address(carla), 1).get(0));
		assertThat(carlas.text()).containsSubsequence("** Annual reports **",
				"- Coalition on Reports: The annual report for 2025 is due on 31 March 2026, in 7 days",
				"https://coalitions.test/#/coalitions/" + x, "== Coalition on Reports ==", "Drafting the report");
		assertThat(carlas.text()).doesNotContain("** Annual reports **\n- Coalition on Reports: The annual report for 2025 is due on 31 March 2026, in 30 days");
		assertThat(carlas.html()).contains("Annual reports").contains("in 7 days");
		assertThat(MailParts.of(awaitDigests(address(ruslan), 1).get(0)).text()).as("in his language")
			.contains("- Coalition on Reports: Годовой отчёт за 2025 год нужно подать до 31 марта 2026 г., через 7 дней");
		MailParts mos = MailParts.of(awaitDigests(address(mo), 1).get(0));
		assertThat(mos.text()).as("reminders are for coordinators").doesNotContain("Annual reports")
			.doesNotContain("annual report for 2025")
			.contains("Drafting the report");

		publishAt(FIRST_DIGEST.plus(Duration.ofHours(1)), new ThreadStarted(x, "t2", "Still drafting", mo,
				"Name of " + mo), mo);
		awaitFeedTotal(carla, 8);
		clock.set(FIRST_DIGEST.plus(Duration.ofDays(1)));
		digests.run(clock.instant());
		assertThat(MailParts.of(awaitDigests(address(carla), 2).get(1)).text())
			.as("the next digest still has it: the report is not filed")
			.contains("** Annual reports **")
			.contains("in 7 days");

		publishAt(FIRST_DIGEST.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
				new ReportingStatusChanged(x, 2025, "REPORTED", LocalDate.of(2026, 3, 31)), "coalition-service");
		publishAt(FIRST_DIGEST.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)), new ThreadStarted(x, "t3",
				"Report filed", mo, "Name of " + mo), mo);
		awaitFeedTotal(carla, 9);
		clock.set(FIRST_DIGEST.plus(Duration.ofDays(2)));
		digests.run(clock.instant());
		assertThat(MailParts.of(awaitDigests(address(carla), 3).get(2)).text()).as("filed: the reminder is gone")
			.doesNotContain("Annual reports")
			.contains("Report filed");
	}

	private void awaitFeedTotal(String personId, int count) {
		Ports.await(count + " entries in the feed of " + personId, WAIT,
				() -> json(get("/api/feed?size=100", token(personId))).path("total").asLong() >= count);
	}

	private static List<MimeMessage> digestsAmong(List<MimeMessage> mails) {
		return mails.stream().filter(mail -> {
			try {
				return mail.getSubject().matches("(Your (daily|weekly)|Ваша ежедневная) .*");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static List<MimeMessage> awaitDigests(String address, int count) {
		Ports.await(count + " digest(s) to " + address, WAIT, () -> digestsAmong(mailsTo(address)).size() >= count);
		return digestsAmong(mailsTo(address));
	}
}
