package org.coalitions.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.coalitions.platform.events.PlatformEvent;
import org.coalitions.platform.events.EventCatalog;
import org.coalitions.platform.events.EventJson;
import org.coalitions.platform.events.EventType;

/** An event waiting in its aggregate's document to be sent: the CloudEvents attributes and the JSON data. */
public record PendingEvent(String eventId, String type, String topic, String key, String actor, Instant time,
		String data) {

	public static PendingEvent of(PlatformEvent event, String actor, Instant time) {
		EventType<?> type = EventCatalog.of(event.getClass());
		return new PendingEvent(UUID.randomUUID().toString(), type.name(), type.topic(), event.key(), actor,
				time, EventJson.write(event));
	}
}
