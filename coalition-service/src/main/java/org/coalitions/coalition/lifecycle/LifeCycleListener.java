package org.coalitions.coalition.lifecycle;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class LifeCycleListener {

	private final LifeCycle lifeCycle;

	LifeCycleListener(LifeCycle lifeCycle) {
		this.lifeCycle = lifeCycle;
	}

	@KafkaListener(id = "coalition-lifecycle", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-lifecycle")
	void on(ConsumerRecord<String, byte[]> record) {
		lifeCycle.handlers().handle(record);
	}
}
