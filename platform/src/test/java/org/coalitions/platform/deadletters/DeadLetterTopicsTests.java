package org.coalitions.platform.deadletters;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A broker that does not answer makes the dead letters unavailable soon, never a hang: within the reading's bound
 * (5 s), with room for a loaded machine's first Kafka client, far below the client's own default (60 s).
 */
class DeadLetterTopicsTests {

	private static final Duration SOON = DeadLetterTopics.READING.multipliedBy(3);

	private final DeadLetterTopics topics = new DeadLetterTopics(
			Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Ports.free()));

	@Test
	void listingWithoutABrokerIsUnavailableWithinTheBound() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> topics.read(List.of("coalition.events.dlt"), record -> true))
			.isInstanceOf(DeadLettersUnavailableException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SOON);
	}

	@Test
	void findingOneWithoutABrokerIsUnavailableWithinTheBound() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> topics.read(new DeadLetterId("coalition.events.dlt", 0, 3)))
			.isInstanceOf(DeadLettersUnavailableException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SOON);
	}
}
