package org.coalitions.coalition.roster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class RosterEventsListener {

	private final Rosters rosters;

	RosterEventsListener(Rosters rosters) {
		this.rosters = rosters;
	}

	@KafkaListener(id = "coalition-roster", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-roster")
	void on(ConsumerRecord<String, byte[]> record) {
		rosters.handlers().handle(record);
	}
}
