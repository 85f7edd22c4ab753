package org.coalitions.contracts;

/**
 * An event about one coalition. The coalition id is the record key on Kafka, so all of a coalition's events
 * stay in one partition and in order.
 */
public interface CoalitionEvent extends PlatformEvent {

	String coalitionId();

	@Override
	default String key() {
		return coalitionId();
	}
}
