package org.coalitions.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.coalitions.notification.NotificationIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sender whose delivery pass stopped on a store failure puts back the mails it had claimed, so they are sent by
 * the next pass instead of waiting out their lease; another sender's claims stay its own. Senders claim a few
 * mails at a time, and never the same one.
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

	@Test
	void twoSendersClaimingAtOnceNeverHoldTheSameMailAndLeaveRunningClaimsAlone() throws Exception {
		// an hour ahead: due for the two senders of the test, not yet for the service's own one (it claims 100 at a
		// time and would otherwise take all thirty first)
		Instant now = clock.instant().plus(Duration.ofHours(1));
		List<String> due = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String reader = unique("due");
			due.add(mongo.insert(Mail.of(UUID.randomUUID().toString(), reader, address(reader), "Reader", "Due",
					"<p>Hi</p>", "Hi", null, now.minusSeconds(1))).id());
		}
		Mail held = mongo.insert(claimed(unique("held"), "sender-" + UUID.randomUUID()));
		String first = "sender-" + UUID.randomUUID();
		String second = "sender-" + UUID.randomUUID();

		ExecutorService senders = Executors.newFixedThreadPool(2);
		try {
			Future<List<Mail>> ofFirst = senders.submit(() -> queue.claimDue(first, now, Duration.ofMinutes(2), 20));
			Future<List<Mail>> ofSecond = senders.submit(() -> queue.claimDue(second, now, Duration.ofMinutes(2), 20));
			List<Mail> byFirst = ofFirst.get(30, TimeUnit.SECONDS);
			List<Mail> bySecond = ofSecond.get(30, TimeUnit.SECONDS);

			assertThat(byFirst).hasSizeLessThanOrEqualTo(20);
			assertThat(bySecond).hasSizeLessThanOrEqualTo(20);
			java.util.Set<String> both = new java.util.HashSet<>(byFirst.stream().map(Mail::id).toList());
			both.retainAll(bySecond.stream().map(Mail::id).toList());
			assertThat(both).as("held by both senders").isEmpty();
			assertThat(byFirst).extracting(Mail::id).doesNotContain(held.id());
			assertThat(bySecond).extracting(Mail::id).doesNotContain(held.id());
			for (Mail mail : byFirst) {
				assertThat(mongo.findById(mail.id(), Mail.class).claimedBy()).as("held by the sender it was given to")
					.isEqualTo(first);
			}
			assertThat(byFirst.size() + bySecond.size()).as("the two senders took due mails").isPositive();
		}
		finally {
			senders.shutdownNow();
		}
		assertThat(mongo.findById(held.id(), Mail.class).claimedBy()).isEqualTo(held.claimedBy());
	}

	@Test
	void manyMailsAreQueuedInOneWriteAndOnesQueuedBeforeAreNotQueuedAgain() {
		String reader = unique("many");
		Mail before = queue.find(mongo.insert(Mail.of(UUID.randomUUID().toString(), reader, address(reader), "Reader",
				"Queued before", "<p>Hi</p>", "Hi", null, clock.instant().plus(Duration.ofDays(1)))).id()).orElseThrow();
		Mail again = Mail.of(before.id(), reader, address(reader), "Reader", "Queued again", "<p>Hi</p>", "Hi", null,
				clock.instant().plus(Duration.ofDays(1)));
		List<Mail> fresh = List.of(
				Mail.of(UUID.randomUUID().toString(), reader, address(reader), "Reader", "New 1", "<p>Hi</p>", "Hi", null,
						clock.instant().plus(Duration.ofDays(1))),
				Mail.of(UUID.randomUUID().toString(), reader, address(reader), "Reader", "New 2", "<p>Hi</p>", "Hi", null,
						clock.instant().plus(Duration.ofDays(1))));

		queue.enqueueAll(List.of(fresh.get(0), again, fresh.get(1)));
		assertThat(queue.find(before.id()).orElseThrow().subject()).isEqualTo("Queued before");
		assertThat(fresh).allSatisfy(mail -> assertThat(queue.find(mail.id())).isPresent());
	}

	private Mail claimed(String personId, String sender) {
		return new Mail(UUID.randomUUID().toString(), address(personId), personId, "Claimed before the store went away",
				"<p>Hello</p>", "Hello", null, Mail.Status.SENDING, 0, clock.instant(), sender,
				clock.instant().plus(Duration.ofDays(1)), null, clock.instant(), null, personId);
	}
}
