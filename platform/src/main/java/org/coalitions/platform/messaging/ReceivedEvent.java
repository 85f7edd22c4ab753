package org.coalitions.platform.messaging;

import java.time.Instant;

import org.coalitions.platform.events.CoalitionEvent;

/** An event as a consumer sees it: the envelope's attributes, where it came from, and its decoded data. */
public record ReceivedEvent<T extends CoalitionEvent>(String id, String type, String source, Instant time,
		String actor, String topic, int partition, long offset, T data) {

	public String coalitionId() {
		return data.coalitionId();
	}
}
