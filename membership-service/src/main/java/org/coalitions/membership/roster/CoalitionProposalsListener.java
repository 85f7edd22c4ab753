package org.coalitions.membership.roster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Makes each proposer the first coordinator. A consumer group of its own (beside the directory's): the roster
 * does not need the directory entry, and a join that arrives first simply finds the roster without its
 * coordinator for a moment.
 */
@Component
class CoalitionProposalsListener {

	private final Rosters rosters;

	CoalitionProposalsListener(Rosters rosters) {
		this.rosters = rosters;
	}

	@KafkaListener(id = "membership-rosters", topics = Topics.COALITION_EVENTS,
			groupId = "${spring.kafka.consumer.group-id}-rosters")
	void on(ConsumerRecord<String, byte[]> record) {
		rosters.handlers().handle(record);
	}
}
