package org.coalitions.platform.messaging;

import java.time.Instant;

import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.PlatformEvent;

/** An event as a consumer sees it: the envelope's attributes, where it came from, and its decoded data. */
public record ReceivedEvent<T extends PlatformEvent>(String id, String type, String source, Instant time,
		String actor, String topic, int partition, long offset, T data) {

	/** The coalition the event is about; null for an event about a person. */
	public String coalitionId() {
		return data instanceof CoalitionEvent event ? event.coalitionId() : null;
	}
}
