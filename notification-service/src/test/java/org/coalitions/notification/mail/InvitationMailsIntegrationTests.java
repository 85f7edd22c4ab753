package org.coalitions.notification.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.contracts.InvitationSent;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An invitation is mailed once to its address, someone not known here, with its signed link made absolute. */
class InvitationMailsIntegrationTests extends NotificationIntegrationTests {

	@Test
	void anInvitationIsMailedOnceToItsAddressWithTheLink() throws Exception {
		String coalitionId = UUID.randomUUID().toString();
		String invitationId = UUID.randomUUID().toString();
		String email = unique("invitee") + "@elsewhere.example";
		String link = "/#/invitations/" + invitationId + "?token=abc_DEF-123";
		PendingEvent sent = publishAt(START, new InvitationSent(coalitionId, invitationId, "Coalition on Spam", email,
				"Alice Coordinator", "Join our work on spam.", Instant.parse("2026-03-23T20:00:00Z"), link), "alice");

		List<MimeMessage> mails = awaitMails(email, 1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("Alice Coordinator invites you to join Coalition on Spam");
		MailParts parts = MailParts.of(mail);
		assertThat(parts.text()).contains("https://coalitions.test" + link)
			.contains("\"Join our work on spam.\"")
			.contains("valid until 23 March 2026")
			.doesNotContain("Unsubscribe");
		assertThat(parts.html()).contains("href=\"https://coalitions.test/#/invitations/" + invitationId)
			.contains("Join our work on spam.");
		assertThat(mail.getHeader("List-Unsubscribe")).isNull();

		events.publish(sent);
		assertThat(settledMails(email)).as("a redelivered event mails no one twice").hasSize(1);
	}
}
