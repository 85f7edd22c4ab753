package org.coalitions.membership.profile;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links are followed at notification-service, which signed them; the preference they change lives
 * in the profile here. Applying an opt-out twice changes nothing the second time.
 */
@Component
record MailOptOutsListener(Profiles profiles) {

	@ConsumesEvents(id = "membership-mail-opt-outs", topics = Topics.PEOPLE_EVENTS,
			groupId = "${spring.kafka.consumer.group-id}-profiles")
	void on(ConsumerRecord<String, byte[]> record) {
		profiles.handlers().handle(record);
	}
}
