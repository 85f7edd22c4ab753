package org.coalitions.coalition.roster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

@Component
record RosterEventsListener(Rosters rosters) {

	@ConsumesEvents(id = "coalition-roster", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-roster")
	void on(ConsumerRecord<String, byte[]> record) {
		rosters.handlers().handle(record);
	}
}
