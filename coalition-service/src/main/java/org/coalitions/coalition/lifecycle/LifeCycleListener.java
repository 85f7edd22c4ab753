package org.coalitions.coalition.lifecycle;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

@Component
record LifeCycleListener(LifeCycle lifeCycle) {

	@ConsumesEvents(id = "coalition-lifecycle", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-lifecycle")
	void on(ConsumerRecord<String, byte[]> record) {
		lifeCycle.handlers().handle(record);
	}
}
