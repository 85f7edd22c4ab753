package org.coalitions.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.EventType;
import org.coalitions.platform.observability.TraceParent;

/** Maps events to and from Kafka records in the CloudEvents binary mode. */
public final class EventRecords {

	private EventRecords() {
	}

	public static ProducerRecord<String, byte[]> toProducerRecord(PendingEvent event, String source) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(),
				event.data().getBytes(StandardCharsets.UTF_8));
		Headers headers = record.headers();
		add(headers, CloudEvents.ID, event.eventId());
		add(headers, CloudEvents.SOURCE, source);
		add(headers, CloudEvents.TYPE, event.type());
		add(headers, CloudEvents.SPEC_VERSION, CloudEvents.SPEC_VERSION_1_0);
		add(headers, CloudEvents.TIME, event.time().toString());
		add(headers, CloudEvents.CONTENT_TYPE, CloudEvents.JSON);
		if (event.actor() != null) {
			add(headers, CloudEvents.ACTOR, event.actor());
		}
		if (event.traceparent() != null) {
			add(headers, TraceParent.HEADER, event.traceparent());
		}
		return record;
	}

	/**
	 * Decodes a record.
	 * @return empty for a well-formed event of a type this version does not know (a newer producer's)
	 * @throws MalformedEventException if the record is not a well-formed event
	 */
	public static Optional<ReceivedEvent<?>> fromConsumerRecord(ConsumerRecord<String, byte[]> record) {
		String id = required(record, CloudEvents.ID);
		String typeName = required(record, CloudEvents.TYPE);
		String source = required(record, CloudEvents.SOURCE);
		String specVersion = required(record, CloudEvents.SPEC_VERSION);
		if (!CloudEvents.SPEC_VERSION_1_0.equals(specVersion)) {
			throw new MalformedEventException("unsupported CloudEvents specversion " + specVersion);
		}
		Optional<EventType<?>> type = EventCatalog.byName(typeName);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		if (record.value() == null) {
			throw new MalformedEventException("event " + id + " has no data");
		}
		Instant time;
		try {
			time = Instant.parse(required(record, CloudEvents.TIME));
		}
		catch (DateTimeParseException ex) {
			throw new MalformedEventException("event " + id + " has an invalid ce_time", ex);
		}
		PlatformEvent data;
		try {
			data = EventJson.read(record.value(), type.get().dataType());
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("event " + id + ": " + ex.getMessage(), ex);
		}
		if (data.key() == null || data.key().isBlank()) {
			throw new MalformedEventException("event " + id + " names no coalition or person");
		}
		return Optional.of(new ReceivedEvent<>(id, typeName, source, time, header(record, CloudEvents.ACTOR),
				record.topic(), record.partition(), record.offset(), data));
	}

	private static String required(ConsumerRecord<String, byte[]> record, String name) {
		String value = header(record, name);
		if (value == null || value.isBlank()) {
			throw new MalformedEventException("record " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + " has no " + name + " header");
		}
		return value;
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static void add(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}
}
