package org.coalitions.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

/**
 * The store goes away between the SMTP server's "accepted" and the queue's "sent": the mail is recorded as sent
 * at the next pass, before this sender's claims are put back, and is not sent a second time.
 */
class MailDeliveryTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

	private final List<String> sentIds = new ArrayList<>();

	private final JavaMailSenderImpl smtp = new JavaMailSenderImpl() {
		@Override
		public void send(MimeMessage message) {
			try {
				sentIds.add(message.getSubject());
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
	};

	private final MailQueue queue = mock(MailQueue.class);

	private final MailDelivery delivery = new MailDelivery(queue, smtp, new MailProperties("https://coalitions.test",
			"Coalitions <no-reply@coalitions.test>", "x".repeat(32), Duration.ofSeconds(5), Duration.ofMinutes(2),
			Duration.ofSeconds(10), Duration.ofMinutes(15)), clock);

	@Test
	void aMailAcceptedWhileTheStoreWasAwayIsRecordedNotSentAgain() {
		Mail mail = claimed(Mail.of("mail-1", "person-1", "reader@coalitions.test", "Reader", "A subject",
				"<p>Hi</p>", "Hi", null, clock.instant()));
		given(queue.claimDue(anyString(), any(), any(), anyInt())).willReturn(List.of(mail), List.of());
		willThrow(new DataAccessResourceFailureException("store away")).given(queue).sent(eq(mail), any());

		assertThat(delivery.deliverDue()).isZero();
		assertThat(sentIds).hasSize(1);

		// the store is back: the claim (put back) would be sent again unless the "sent" is recorded first
		org.mockito.Mockito.reset(queue);
		given(queue.claimDue(anyString(), any(), any(), anyInt())).willReturn(List.of());
		delivery.deliverDue();

		InOrder order = inOrder(queue);
		order.verify(queue).sent(eq(mail), any());
		order.verify(queue).releaseClaimsOf(anyString());
		assertThat(sentIds).as("sent once").hasSize(1);
	}

	@Test
	void whileTheStoreStaysAwayNothingIsPutBackAndTheRecordIsTriedAgain() {
		Mail mail = claimed(Mail.of("mail-2", "person-2", "reader@coalitions.test", "Reader", "A subject",
				"<p>Hi</p>", "Hi", null, clock.instant()));
		given(queue.claimDue(anyString(), any(), any(), anyInt())).willReturn(List.of(mail), List.of());
		willThrow(new DataAccessResourceFailureException("store away")).given(queue).sent(eq(mail), any());
		delivery.deliverDue();

		delivery.deliverDue();

		InOrder order = inOrder(queue);
		order.verify(queue, org.mockito.Mockito.times(2)).sent(eq(mail), any());
		order.verify(queue, org.mockito.Mockito.never()).releaseClaimsOf(anyString());
		assertThat(sentIds).hasSize(1);
	}

	/** The mail as a claim of this sender's, running for a while yet. */
	private Mail claimed(Mail mail) {
		return new Mail(mail.id(), mail.toAddress(), mail.toName(), mail.subject(), mail.html(), mail.text(),
				mail.unsubscribeUrl(), Mail.Status.SENDING, 0, mail.nextAttemptAt(), "this sender",
				clock.instant().plus(Duration.ofMinutes(2)), null, mail.queuedAt(), null, mail.toPersonId());
	}
}
