package org.coalitions.notification.people;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

@Component
record PeopleListener(People people) {

	@ConsumesEvents(id = "notification-people",
			topics = { Topics.PEOPLE_EVENTS, Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-people")
	void on(ConsumerRecord<String, byte[]> record) {
		people.handlers().handle(record);
	}
}
