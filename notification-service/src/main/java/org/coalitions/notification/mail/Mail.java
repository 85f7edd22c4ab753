package org.coalitions.notification.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rendered mail waiting to be sent, being sent, or sent. Its id says what it is for ({@code digest:<person>:
 * <period>}, {@code join-request:<request>:<coordinator>}, ...): a second mail for the same purpose collides
 * with the first and is never queued. {@code claimedUntil}: the lease of the sender working on it.
 * {@code AWAITING_ADDRESS}: a mail to a person ({@code toPersonId}) whose address is not known yet, sent when
 * their profile brings it (a proposer's first mails can come before their profile).
 */
@Document(Mail.COLLECTION)
public record Mail(@Id String id, String toAddress, String toName, String subject, String html, String text,
		String unsubscribeUrl, Status status, int attempts, Instant nextAttemptAt, String claimedBy,
		Instant claimedUntil, String lastError, Instant queuedAt, Instant sentAt, String toPersonId) {

	public static final String COLLECTION = "mail_queue";

	public enum Status {

		AWAITING_ADDRESS, PENDING, SENDING, SENT

	}

	/** A new mail, to be sent at once, or when its recipient's address is known if it is not yet (null). */
	public static Mail of(String id, String toPersonId, String toAddress, String toName, String subject, String html,
			String text, String unsubscribeUrl, Instant now) {
		return new Mail(id, toAddress, toName, subject, html, text, unsubscribeUrl,
				toAddress == null ? Status.AWAITING_ADDRESS : Status.PENDING, 0, now, null, null, null, now, null,
				toPersonId);
	}
}
