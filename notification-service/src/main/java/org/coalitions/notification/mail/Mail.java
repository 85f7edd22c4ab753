package org.coalitions.notification.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rendered mail waiting to be sent, being sent, or sent. Its id says what it is for ({@code digest:<person>:
 * <period>}, {@code join-request:<request>:<coordinator>}, ...): a second mail for the same purpose collides
 * with the first and is never queued. {@code claimedUntil}: the lease of the sender working on it.
 */
@Document(Mail.COLLECTION)
public record Mail(@Id String id, String toAddress, String toName, String subject, String html, String text,
		String unsubscribeUrl, Status status, int attempts, Instant nextAttemptAt, String claimedBy,
		Instant claimedUntil, String lastError, Instant queuedAt, Instant sentAt) {

	public static final String COLLECTION = "mail_queue";

	public enum Status {

		PENDING, SENDING, SENT

	}

	/** A new mail, to be sent at once. */
	public static Mail of(String id, String toAddress, String toName, String subject, String html, String text,
			String unsubscribeUrl, Instant now) {
		return new Mail(id, toAddress, toName, subject, html, text, unsubscribeUrl, Status.PENDING, 0, now, null,
				null, null, now, null);
	}
}
