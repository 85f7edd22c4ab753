package org.coalitions.platform.outbox;

import org.coalitions.platform.persistence.SecondaryIndexes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Producing: the relay that sends what aggregates keep in their outbox, the save reports that wake it, where the
 * relay put a command's events, and the outboxes' gauges.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

	@Bean
	OutboxRelay outboxRelay(MongoOperations mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties,
			RelayedPositions positions, OutboxMetrics metrics, SecondaryIndexes indexes) {
		return new OutboxRelay(mongo, kafka, properties, positions, metrics, indexes);
	}

	@Bean
	OutboxSaves outboxSaves(OutboxRelay relay, RelayedPositions positions) {
		return new OutboxSaves(relay, positions);
	}

	@Bean
	RelayedPositions relayedPositions() {
		return new RelayedPositions();
	}

	/** Bound to the meter registry by Boot, as every {@code MeterBinder} bean is. */
	@Bean
	OutboxMetrics outboxMetrics(MongoOperations mongo, OutboxProperties properties) {
		return new OutboxMetrics(mongo, properties);
	}
}
