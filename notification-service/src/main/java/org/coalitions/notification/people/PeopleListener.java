package org.coalitions.notification.people;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class PeopleListener {

	private final People people;

	PeopleListener(People people) {
		this.people = people;
	}

	@KafkaListener(id = "notification-people",
			topics = { Topics.PEOPLE_EVENTS, Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-people")
	void on(ConsumerRecord<String, byte[]> record) {
		people.handlers().handle(record);
	}
}
