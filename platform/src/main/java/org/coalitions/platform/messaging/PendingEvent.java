package org.coalitions.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.EventType;
import org.coalitions.platform.observability.TraceParent;

/**
 * An event on its way out, as an outbox keeps it until it is sent: the CloudEvents attributes and the JSON data,
 * with when it was recorded (by the system clock, whatever the event's own {@code time}: how long it has waited)
 * and the trace context of the work that recorded it (null outside a trace), sent on in the record's headers.
 */
public record PendingEvent(String eventId, String type, String topic, String key, String actor, Instant time,
		String data, Instant recordedAt, String traceparent) {

	public static PendingEvent of(PlatformEvent event, String actor, Instant time) {
		EventType<?> type = EventCatalog.of(event.getClass());
		return new PendingEvent(UUID.randomUUID().toString(), type.name(), type.topic(), event.key(), actor,
				time, EventJson.write(event), Instant.now(), TraceParent.current());
	}
}
