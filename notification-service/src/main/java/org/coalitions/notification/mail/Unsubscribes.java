package org.coalitions.notification.mail;

import java.time.Clock;
import java.util.Optional;

import org.coalitions.notification.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/** Carries out unsubscribe links: here at once, and in the person's profile through {@code MailOptedOut}. */
@Service
record Unsubscribes(UnsubscribeLinks links, People people, MongoOperations mongo, Clock clock) {

	private static final Logger log = LoggerFactory.getLogger(Unsubscribes.class);

	Optional<UnsubscribeLinks.Target> check(String token) {
		return links.verify(token);
	}

	/** @return the target, or empty for a token that is not ours (nothing changes) */
	Optional<UnsubscribeLinks.Target> unsubscribe(String token) {
		Optional<UnsubscribeLinks.Target> target = links.verify(token);
		target.ifPresent(who -> {
			people.optOut(who.personId(), who.kind());
			mongo.insert(OptOut.of(who.personId(), who.kind(), clock.instant()));
			log.info("{} unsubscribed from {} mails", who.personId(), who.kind());
		});
		return target;
	}
}
