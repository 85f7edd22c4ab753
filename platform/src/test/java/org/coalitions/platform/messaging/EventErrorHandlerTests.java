package org.coalitions.platform.messaging;

import java.time.Duration;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The record listeners' error handler: bounded retries then the dead-letter topic, except while the store is
 * unreachable, when a record is retried until the store is back (dead-lettering it would lose its effect).
 */
class EventErrorHandlerTests {

	private final ConsumerProperties consumers = new ConsumerProperties(Duration.ofMillis(1), 2, Duration.ofMillis(4),
			10);

	@SuppressWarnings("unchecked")
	private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);

	private final CommonErrorHandler handler = new MessagingConfiguration().eventErrorHandler(kafka, consumers,
			new ConsumerMetrics(mock(ConsumerPositions.class)));

	private final ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("coalition.events", 1, 54, "c",
			new byte[0]);

	private final MessageListenerContainer container = container();

	@Test
	void aRecordFailingOnAnUnreachableStoreIsRetriedFarBeyondTheBoundedRetriesAndNeverDeadLettered() {
		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(handler.handleOne(new DataAccessResourceFailureException("Timed out waiting for a server"),
					record, mock(Consumer.class), container))
				.as("attempt %d is not recovered", attempt)
				.isFalse();
		}
		verify(kafka, never()).send(any(ProducerRecord.class));
	}

	@Test
	void anyOtherFailureIsDeadLetteredOnceTheBoundedRetriesAreSpent() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				handler.handleOne(new IllegalStateException("a handler's bug"), record, mock(Consumer.class),
						container);
			}
			catch (RuntimeException publishingToAMockFails) {
				// the mock template answers no future; what matters is that the dead-letter topic was asked
			}
		}
		verify(kafka, atLeastOnce()).send(any(ProducerRecord.class));
	}

	private static MessageListenerContainer container() {
		MessageListenerContainer container = mock(MessageListenerContainer.class);
		when(container.isRunning()).thenReturn(true);
		return container;
	}
}
