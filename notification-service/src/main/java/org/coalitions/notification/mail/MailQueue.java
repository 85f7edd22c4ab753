package org.coalitions.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitions.platform.messaging.AppliedEvents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The mail queue in the store. Each step is a single-document write, so it holds without transactions, and
 * several instances share the queue: a mail is taken by one sender at a time through a lease.
 */
@Service
public class MailQueue {

	private final MongoOperations mongo;

	MailQueue(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** @return false when a mail with this id was queued before (it is not queued again) */
	public boolean enqueue(Mail mail) {
		try {
			mongo.insert(mail);
			return true;
		}
		catch (DuplicateKeyException alreadyQueued) {
			return false;
		}
	}

	/** Queues the mails in one unordered write; those whose id was queued before are not queued again. */
	public void enqueueAll(List<Mail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		try {
			mongo.bulkOps(BulkMode.UNORDERED, Mail.class).insert(mails).execute();
		}
		catch (BulkOperationException partly) {
			AppliedEvents.alreadyApplied(partly); // rethrows unless every failure is a mail queued before (its id)
		}
	}

	/**
	 * Sends the person's mails that waited for an address to it; or, when they want no action mails (the only
	 * mails that wait), drops them.
	 * @return how many were released
	 */
	public long addressKnown(String personId, String address, boolean wanted, Instant now) {
		Query waiting = Query.query(Criteria.where("toPersonId").is(personId).and("status").is(Mail.Status.AWAITING_ADDRESS));
		if (!wanted) {
			mongo.remove(waiting, Mail.class);
			return 0;
		}
		return mongo.updateMulti(waiting,
				new Update().set("status", Mail.Status.PENDING).set("toAddress", address).set("nextAttemptAt", now),
				Mail.class).getModifiedCount();
	}

	public boolean contains(String id) {
		return mongo.exists(Query.query(Criteria.where("_id").is(id)), Mail.class);
	}

	public Optional<Mail> find(String id) {
		return Optional.ofNullable(mongo.findById(id, Mail.class));
	}

	/**
	 * Takes up to {@code max} mails due, oldest due first: pending ones whose time has come, or ones whose sender's
	 * lease ran out. A few at a time, because on a store that scans the queue for anything but an id (the embedded
	 * one) a claim per mail made each mail cost a scan of the whole queue; the claim itself stays conditional on the
	 * mail being due, so two senders never hold one mail.
	 * @return the mails this sender holds now, each until its {@code claimedUntil}
	 */
	List<Mail> claimDue(String sender, Instant now, Duration lease, int max) {
		Query candidates = Query.query(due(now)).with(Sort.by("nextAttemptAt")).limit(max);
		candidates.fields().include("_id");
		List<Object> ids = mongo.find(candidates, org.bson.Document.class, Mail.COLLECTION)
			.stream()
			.map(candidate -> candidate.get("_id"))
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		// the store keeps milliseconds: the claim's own end, to tell its mails from those another sender took
		Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
		mongo.updateMulti(Query.query(new Criteria().andOperator(Criteria.where("_id").in(ids), due(now))),
				new Update().set("status", Mail.Status.SENDING).set("claimedBy", sender).set("claimedUntil", until),
				Mail.class);
		return mongo.find(Query.query(Criteria.where("_id").in(ids)), Mail.class)
			.stream()
			.filter(mail -> mail.status() == Mail.Status.SENDING && sender.equals(mail.claimedBy())
					&& until.equals(mail.claimedUntil()))
			.sorted(Comparator.comparingInt(mail -> ids.indexOf(mail.id()))) // as the candidates came: oldest due first
			.toList();
	}

	private static Criteria due(Instant now) {
		return new Criteria().orOperator(
				Criteria.where("status").is(Mail.Status.PENDING).and("nextAttemptAt").lte(now),
				Criteria.where("status").is(Mail.Status.SENDING).and("claimedUntil").lt(now));
	}

	/** Puts back every mail this sender holds, to be sent by the next pass (of any sender). */
	void releaseClaimsOf(String sender) {
		mongo.updateMulti(Query.query(Criteria.where("status").is(Mail.Status.SENDING).and("claimedBy").is(sender)),
				new Update().set("status", Mail.Status.PENDING).unset("claimedUntil"), Mail.class);
	}

	/**
	 * Records the mail sent, by its id alone (the embedded store finds a document by its id only when the id is all
	 * the query asks): whoever holds it now, it was sent.
	 */
	void sent(Mail mail, Instant now) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(mail.id())), new Update().set("status", Mail.Status.SENT)
			.set("sentAt", now)
			.unset("claimedUntil")
			.inc("attempts", 1), Mail.class);
	}

	void failed(Mail mail, String error, Instant nextAttempt) {
		mongo.updateFirst(ownedBy(mail),
				new Update().set("status", Mail.Status.PENDING)
					.set("nextAttemptAt", nextAttempt)
					.set("lastError", error)
					.unset("claimedUntil")
					.inc("attempts", 1),
				Mail.class);
	}

	/** The unsent mails by status, and when the oldest of those being sent or waiting to be was queued. */
	Backlog backlog() {
		Map<Mail.Status, Long> unsent = new EnumMap<>(Mail.Status.class);
		for (Mail.Status status : Backlog.UNSENT) {
			unsent.put(status, mongo.count(Query.query(Criteria.where("status").is(status)), Mail.class));
		}
		Query oldest = Query
			.query(Criteria.where("status").in(Mail.Status.PENDING.name(), Mail.Status.SENDING.name())
				.and("queuedAt").ne(null))
			.with(Sort.by("queuedAt"))
			.limit(1);
		oldest.fields().include("queuedAt");
		// a plain document: the projection is no whole mail
		org.bson.Document first = mongo.findOne(oldest, org.bson.Document.class, Mail.COLLECTION);
		return new Backlog(unsent, first == null ? null : first.getDate("queuedAt").toInstant());
	}

	/**
	 * @param unsent how many mails are in each status but {@code SENT}
	 * @param oldestDue when the oldest mail to be sent now (pending or being sent) was queued; null when none
	 */
	record Backlog(Map<Mail.Status, Long> unsent, Instant oldestDue) {

		static final List<Mail.Status> UNSENT = List.of(Mail.Status.AWAITING_ADDRESS, Mail.Status.PENDING,
				Mail.Status.SENDING);
	}

	private static Query ownedBy(Mail mail) {
		return Query.query(Criteria.where("_id").is(mail.id()).and("claimedBy").is(mail.claimedBy()));
	}
}
