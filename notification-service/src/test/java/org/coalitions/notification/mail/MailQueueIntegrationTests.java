package org.coalitions.notification.mail;

import java.time.Duration;
import java.util.UUID;

import org.coalitions.notification.NotificationIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sender whose delivery pass stopped on a store failure puts back the mails it had claimed, so they are sent by
 * the next pass instead of waiting out their lease; another sender's claims stay its own.
 */
class MailQueueIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	MailQueue queue;

	@Autowired
	MailDelivery delivery;

	@Autowired
	MongoOperations mongo;

	@Test
	void aSenderPutsBackOnlyItsOwnClaims() {
		String stopped = "sender-" + UUID.randomUUID();
		String alive = "sender-" + UUID.randomUUID();
		String reader = unique("reader");
		String other = unique("other");
		mongo.insert(claimed(reader, stopped));
		Mail stillClaimed = mongo.insert(claimed(other, alive));

		queue.releaseClaimsOf(stopped);
		delivery.wakeUp();

		assertThat(awaitMails(address(reader), 1)).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Claimed before the store went away"));
		assertThat(mongo.findById(stillClaimed.id(), Mail.class).status()).isEqualTo(Mail.Status.SENDING);
		assertThat(mailsTo(address(other))).isEmpty();
	}

	private Mail claimed(String personId, String sender) {
		return new Mail(UUID.randomUUID().toString(), address(personId), personId, "Claimed before the store went away",
				"<p>Hello</p>", "Hello", null, Mail.Status.SENDING, 0, clock.instant(), sender,
				clock.instant().plus(Duration.ofDays(1)), null, clock.instant(), null, personId);
	}
}
