package org.coalitions.notification.feed;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.platform.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class FeedListener {

	private final FeedProjection projection;

	FeedListener(FeedProjection projection) {
		this.projection = projection;
	}

	@KafkaListener(id = "notification-feed", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-feed")
	void on(ConsumerRecord<String, byte[]> record) {
		projection.handlers().handle(record);
	}
}
