package org.coalitions.notification.mail;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Immediate mails for join requests and their decisions, through the real broker to a real SMTP server (the
 * coalitions' proposers also get their proposal's mails, which {@link ProposalMailsIntegrationTests} checks).
 */
class ActionMailsIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	MailQueue queue;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void aJoinRequestIsMailedToEachCoordinatorWhoWantsIt() throws Exception {
		String carla = person("carla", "Africa/Nairobi", null, true);
		String cody = person("cody", "Europe/Paris", null, true);
		String quiet = person("quinn", "UTC", null, false);
		String requester = unique("rita");
		String x = coalition(START, "Coalition on Spam", carla);
		promote(x, cody);
		promote(x, quiet);

		events.publish(new JoinRequested(x, "req-" + x, requester, "Rita <script>alert(1)</script>",
				"ACADEMIC_COMMUNITY", "NG", "I study spam & \"phishing\""), requester);

		MimeMessage mail = awaitJoinMails(address(carla), 1).get(0);
		assertThat(awaitJoinMails(address(cody), 1)).hasSize(1);
		assertThat(settledJoinMails(address(quiet))).as("action mails switched off").isEmpty();
		assertThat(mail.getSubject()).isEqualTo("Join request to Coalition on Spam from Rita <script>alert(1)</script>");
		MailParts parts = MailParts.of(mail);
		assertThat(parts.html()).contains("Rita &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>")
			.contains("I study spam &amp; &quot;phishing&quot;")
			.contains("href=\"https://coalitions.test/#/coalitions/" + x + "\"");
		assertThat(parts.text()).contains("Rita <script>alert(1)</script> (ACADEMIC_COMMUNITY, NG) asks to join")
			.contains("https://coalitions.test/#/coalitions/" + x + "");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://coalitions.test/api/unsubscribe?token=");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
	}

	@Test
	void aJoinRequestMailNamesTheCoalitionWhileTheFeedIsBehind() throws Exception {
		// the feed's consumer group is stopped: mails must not depend on how far it got
		listeners.getListenerContainer("notification-feed").stop();
		try {
			String carla = person("carla", "UTC", null, true);
			String requester = unique("rita");
			String x = coalition(START, "Coalition on Net Neutrality", carla);

			events.publish(new JoinRequested(x, "req-" + x, requester, "Rita", "GOVERNMENT", "BR", null), requester);

			assertThat(awaitJoinMails(address(carla), 1).get(0).getSubject())
				.isEqualTo("Join request to Coalition on Net Neutrality from Rita");
		}
		finally {
			listeners.getListenerContainer("notification-feed").start();
		}
	}

	@Test
	void aRedeliveredRequestIsNotMailedTwice() {
		String carla = person("carla", "UTC", null, true);
		String x = coalition(START, "Coalition on Privacy", carla);
		PendingEvent request = events.publish(new JoinRequested(x, "req-" + x, unique("rita"), "Rita", "GOVERNMENT",
				"BR", null), "rita");
		awaitJoinMails(address(carla), 1);

		events.publish(request);
		events.publish(request);

		assertThat(settledJoinMails(address(carla))).hasSize(1);
	}

	@Test
	void theDecisionIsMailedToTheRequester() throws Exception {
		String carla = person("carla", "UTC", null, false);
		String rita = person("rita", "UTC", null, true);
		String x = coalition(START, "Coalition on Open Standards", carla);
		events.publish(new JoinRequested(x, "req-" + x, rita, "Rita", "GOVERNMENT", "BR", null), rita);
		events.publish(new JoinRequestDecided(x, "req-" + x, rita, true, carla, "Welcome\r\nBcc: victim@example.org"),
				carla);

		List<MimeMessage> mails = awaitJoinMails(address(rita), 1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Your request to join Coalition on Open Standards was approved");
		assertThat(mails.get(0).getHeader("Bcc")).as("user text never reaches a header").isNull();
		assertThat(MailParts.of(mails.get(0)).text()).contains("Welcome: your request to join Coalition on Open Standards was approved.");
	}

	@Test
	void aCoalitionNameCannotInjectHeaders() throws Exception {
		String carla = person("carla", "UTC", null, true);
		String x = coalition(START, "Evil\r\nBcc: victim@example.org", carla);
		events.publish(new JoinRequested(x, "req-" + x, unique("rita"), "Rita", "GOVERNMENT", "BR", null), "rita");

		MimeMessage mail = awaitJoinMails(address(carla), 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Join request to Evil Bcc: victim@example.org from Rita");
		assertThat(mail.getHeader("Bcc")).isNull();
		assertThat(mail.getAllRecipients()).hasSize(1);
	}

	@Test
	void whileTheSmtpServerIsDownTheMailWaitsAndArrivesOnceItIsBack() throws Exception {
		String carla = person("carla", "UTC", null, true);
		String x = coalition(START, "Coalition on Access", carla);
		SMTP.stop();
		try {
			events.publish(new JoinRequested(x, "req-" + x, unique("rita"), "Rita", "GOVERNMENT", "BR", null), "rita");
			String id = "join-request:req-" + x + ":" + carla;
			org.coalitions.infra.Ports.await("failed attempts at " + id, WAIT, () -> {
				clock.advance(java.time.Duration.ofMillis(300)); // the retries are timed by the service's clock
				return queue.find(id).filter(mail -> mail.attempts() >= 2).isPresent();
			});
			assertThat(queue.find(id).orElseThrow().status()).isEqualTo(Mail.Status.PENDING);
			assertThat(queue.find(id).orElseThrow().lastError()).contains("Connect");
		}
		finally {
			SMTP.start();
		}
		clock.advance(java.time.Duration.ofSeconds(2));
		assertThat(awaitJoinMails(address(carla), 1)).hasSize(1);
		assertThat(settledJoinMails(address(carla))).hasSize(1);
	}

	private static List<MimeMessage> joinMailsAmong(List<MimeMessage> mails) {
		return mails.stream().filter(mail -> {
			try {
				return !mail.getSubject().startsWith("Your proposal");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static List<MimeMessage> awaitJoinMails(String address, int count) {
		org.coalitions.infra.Ports.await(count + " join mail(s) to " + address, WAIT,
				() -> joinMailsAmong(mailsTo(address)).size() >= count);
		return joinMailsAmong(mailsTo(address));
	}

	private static List<MimeMessage> settledJoinMails(String address) {
		return joinMailsAmong(settledMails(address));
	}

	private void promote(String coalitionId, String personId) {
		publishAt(START.plusSeconds(5), new org.coalitions.contracts.MemberJoined(coalitionId, personId,
				"Name of " + personId, "GOVERNMENT", "BR", "COORDINATOR"), personId);
		awaitPerson(personId, person -> person.coordinates(coalitionId));
	}
}
