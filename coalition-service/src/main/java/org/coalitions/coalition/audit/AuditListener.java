package org.coalitions.coalition.audit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

/** A consumer group of its own, so the audit trail reads every event whatever the other projections do. */
@Component
record AuditListener(AuditTrail trail) {

	@ConsumesEvents(id = "coalition-audit", topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS },
			groupId = "${spring.kafka.consumer.group-id}-audit")
	void on(ConsumerRecord<String, byte[]> record) {
		trail.handlers().handle(record);
	}
}
