package org.coalitions.notification.feed;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventBatches;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

/** Feeds the projection a poll at a time: its entries are written in one bulk insert per batch. */
@Component
record FeedListener(FeedProjection projection) {

	@ConsumesEvents(id = "notification-feed", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-feed", containerFactory = EventBatches.CONTAINER_FACTORY)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		EventBatches.handle(records, projection::apply);
	}
}
