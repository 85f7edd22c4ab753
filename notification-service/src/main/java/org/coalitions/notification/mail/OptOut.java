package org.coalitions.notification.mail;

import java.time.Instant;

import org.coalitions.contracts.MailOptedOut;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One use of an unsubscribe link, kept with the event that tells membership-service (which owns the
 * preferences) in the same write. Following the link twice makes two; applying the second changes nothing.
 */
@Document(OptOut.COLLECTION)
class OptOut extends OutboxAggregate {

	static final String COLLECTION = "mail_opt_outs";

	private String personId;

	private String kind;

	private Instant at;

	protected OptOut() {
	}

	static OptOut of(String personId, String kind, Instant now) {
		OptOut optOut = new OptOut();
		optOut.id = java.util.UUID.randomUUID().toString();
		optOut.personId = personId;
		optOut.kind = kind;
		optOut.at = now;
		optOut.record(new MailOptedOut(personId, kind), personId, now);
		return optOut;
	}

	String getPersonId() {
		return personId;
	}

	String getKind() {
		return kind;
	}

	Instant getAt() {
		return at;
	}
}
