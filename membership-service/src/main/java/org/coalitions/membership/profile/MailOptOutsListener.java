package org.coalitions.membership.profile;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links are followed at notification-service, which signed them; the preference they change lives
 * in the profile here. Applying an opt-out twice changes nothing the second time.
 */
@Component
class MailOptOutsListener {

	private final EventHandlers handlers;

	MailOptOutsListener(Profiles profiles) {
		this.handlers = EventHandlers.builder()
			.on(MailOptedOut.class, event -> profiles.optOut(event.data().personId(), event.data().kind()))
			.build();
	}

	@KafkaListener(id = "membership-mail-opt-outs", topics = Topics.PEOPLE_EVENTS,
			groupId = "${spring.kafka.consumer.group-id}-profiles")
	void on(ConsumerRecord<String, byte[]> record) {
		handlers.handle(record);
	}
}
