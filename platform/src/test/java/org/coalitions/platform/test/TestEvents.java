package org.coalitions.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.platform.messaging.EventRecords;
import org.coalitions.platform.messaging.PendingEvent;

/** Publishes events as a producing service would (same envelope, same key), or records that are not events. */
public final class TestEvents implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	public TestEvents(String bootstrapServers) {
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	/** Publishes the event and returns the envelope it went out in (its id can be sent again to redeliver). */
	public PendingEvent publish(PlatformEvent event, String actor) {
		PendingEvent pending = PendingEvent.of(event, actor, Instant.now());
		publish(pending);
		return pending;
	}

	/** Publishes this exact envelope again: a redelivery. */
	public void publish(PendingEvent pending) {
		send(EventRecords.toProducerRecord(pending, "/test"));
	}

	/** Publishes a record with the given key and raw value and no CloudEvents headers at all. */
	public void publishRaw(String topic, String key, String value) {
		send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
	}

	/** Publishes an envelope whose data is replaced by the given bytes. */
	public void publishWithData(PendingEvent envelope, String data) {
		ProducerRecord<String, byte[]> good = EventRecords.toProducerRecord(envelope, "/test");
		send(new ProducerRecord<>(good.topic(), null, good.key(), data.getBytes(StandardCharsets.UTF_8),
				good.headers()));
	}

	private void send(ProducerRecord<String, byte[]> record) {
		try {
			producer.send(record).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not publish a test record", ex);
		}
	}

	@Override
	public void close() {
		producer.close();
	}
}
