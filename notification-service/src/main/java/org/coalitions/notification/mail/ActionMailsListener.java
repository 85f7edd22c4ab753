package org.coalitions.notification.mail;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.notification.people.People;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

/**
 * Applies each membership event to the people directory before deciding its mails (applying twice is a no-op),
 * so a join request right after its coalition's first coordinator joined finds that coordinator. Reads the
 * coalition events too, for the names of coalitions the mails speak of.
 */
@Component
record ActionMailsListener(People people, ActionMails mails) {

	@ConsumesEvents(id = "notification-action-mails", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-action-mails")
	void on(ConsumerRecord<String, byte[]> record) {
		people.handlers().handle(record);
		mails.handlers().handle(record);
	}
}
