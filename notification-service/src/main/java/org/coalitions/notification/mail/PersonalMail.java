package org.coalitions.notification.mail;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The mails queued or sent to one person and their unsubscribe uses, for their own data ("download my data"). */
@Component
public class PersonalMail {

	private final MongoOperations mongo;

	PersonalMail(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The mails to the person, by their id or, for mails to an address alone (an invitation), by their address;
	 * oldest first, at most {@code limit}: one query. The text body as rendered; the HTML one says the same.
	 */
	public List<MailToPerson> mailsTo(String personId, String address, int limit) {
		Criteria theirs = Criteria.where("toPersonId").is(personId);
		if (address != null && !address.isBlank()) {
			Set<String> addresses = new LinkedHashSet<>(List.of(address, address.toLowerCase(Locale.ROOT)));
			theirs = new Criteria().orOperator(theirs, Criteria.where("toAddress").in(addresses));
		}
		Query query = Query.query(theirs).with(Sort.by("queuedAt", "_id")).limit(limit);
		query.fields().exclude("html");
		return mongo.find(query, Mail.class)
			.stream()
			.map(mail -> new MailToPerson(purpose(mail.id()), mail.toAddress(), mail.subject(), mail.status().name(),
					mail.queuedAt(), mail.sentAt(), mail.text()))
			.toList();
	}

	/** Each use of an unsubscribe link, oldest first: one query. */
	public List<OptOutUse> optOutsOf(String personId) {
		return mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("at")), OptOut.class)
			.stream()
			.map(optOut -> new OptOutUse(optOut.getKind(), optOut.getAt()))
			.toList();
	}

	/** What a mail is for: the first part of its id ({@code digest}, {@code join-request}, ...). */
	static String purpose(String mailId) {
		int colon = mailId.indexOf(':');
		return colon < 0 ? mailId : mailId.substring(0, colon);
	}

	public record MailToPerson(String purpose, String toAddress, String subject, String status, Instant queuedAt,
			Instant sentAt, String text) {
	}

	public record OptOutUse(String kind, Instant at) {
	}
}
