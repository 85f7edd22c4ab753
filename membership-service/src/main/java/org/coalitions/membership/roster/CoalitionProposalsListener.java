package org.coalitions.membership.roster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ConsumesEvents;
import org.springframework.stereotype.Component;

/**
 * Makes each proposer the first coordinator. A consumer group of its own (beside the directory's): the roster
 * does not need the directory entry, and a join that arrives first simply finds the roster without its
 * coordinator for a moment.
 */
@Component
record CoalitionProposalsListener(Rosters rosters) {

	@ConsumesEvents(id = "membership-rosters", topics = Topics.COALITION_EVENTS,
			groupId = "${spring.kafka.consumer.group-id}-rosters")
	void on(ConsumerRecord<String, byte[]> record) {
		rosters.handlers().handle(record);
	}
}
