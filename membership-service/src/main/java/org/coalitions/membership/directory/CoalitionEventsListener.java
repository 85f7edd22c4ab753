package org.coalitions.membership.directory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

@Component
record CoalitionEventsListener(CoalitionDirectory directory) {

	@ConsumesEvents(id = "membership-coalition-events", topics = Topics.COALITION_EVENTS,
			groupId = "${spring.kafka.consumer.group-id}")
	void on(ConsumerRecord<String, byte[]> record) {
		directory.handlers().handle(record);
	}
}
