package org.coalitions.membership.directory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class CoalitionEventsListener {

	private final CoalitionDirectory directory;

	CoalitionEventsListener(CoalitionDirectory directory) {
		this.directory = directory;
	}

	@KafkaListener(id = "membership-coalition-events", topics = Topics.COALITION_EVENTS,
			groupId = "${spring.kafka.consumer.group-id}")
	void on(ConsumerRecord<String, byte[]> record) {
		directory.handlers().handle(record);
	}
}
