package org.coalitions.notification.activity;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventBatches;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

/** Feeds the projection a poll at a time: one conditional update per coalition per batch. */
@Component
record ActivityEventsListener(ActivityProjection projection) {

	@ConsumesEvents(id = "notification-activity", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}", containerFactory = EventBatches.CONTAINER_FACTORY)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		EventBatches.handle(records, projection::apply);
	}
}
