package org.coalitions.notification.activity;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.platform.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ActivityEventsListener {

	private final ActivityProjection projection;

	ActivityEventsListener(ActivityProjection projection) {
		this.projection = projection;
	}

	@KafkaListener(id = "notification-activity", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}")
	void on(ConsumerRecord<String, byte[]> record) {
		projection.handlers().handle(record);
	}
}
