package org.coalitions.platform.deadletters;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.platform.deadletters.DeadLetter.Failure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a dead letter says about why it failed, read from the headers the dead-lettering adds; and its id. */
class DeadLetterFailureTests {

	@Test
	void theFailureIsTheFirstExceptionOfTheChainBelowSpringKafkasWrappers() {
		ConsumerRecord<String, byte[]> record = deadLetter("""
				org.springframework.kafka.listener.ListenerExecutionFailedException: Listener method 'void onRecord()' threw exception
					at org.springframework.kafka.listener.KafkaMessageListenerContainer.invoke(KafkaMessageListenerContainer.java:1)
				Caused by: org.springframework.kafka.listener.BatchListenerFailedException: event e1 could not be applied
					at org.coalitions.platform.messaging.EventBatches.applyOrLocate(EventBatches.java:1)
				Caused by: org.coalitions.platform.messaging.MalformedEventException: record t-0@3 has no ce_id header
					at org.coalitions.platform.messaging.EventRecords.required(EventRecords.java:1)
				Caused by: java.lang.IllegalArgumentException: deeper
				""");

		assertThat(DeadLetters.failure(record)).isEqualTo(new Failure(
				"org.coalitions.platform.messaging.MalformedEventException", "record t-0@3 has no ce_id header"));
	}

	@Test
	void withoutAStackTraceTheCauseHeadersSay() {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("coalition.events.dlt", 0, 0L, "k", new byte[0]);
		record.headers().add("kafka_dlt-exception-fqcn", bytes("org.springframework.kafka.listener.ListenerExecutionFailedException"));
		record.headers().add("kafka_dlt-exception-cause-fqcn", bytes("java.lang.IllegalStateException"));
		record.headers().add("kafka_dlt-exception-message", bytes("Listener failed"));

		assertThat(DeadLetters.failure(record)).isEqualTo(new Failure("java.lang.IllegalStateException", "Listener failed"));
	}

	@Test
	void aMessageIsFlattenedAndCutShort() {
		Failure failure = Failure.of("x.Y", "line one\nline\ttwo " + "z".repeat(400));

		assertThat(failure.message()).startsWith("line one line two zz").hasSize(Failure.MESSAGE_LENGTH).endsWith("…");
	}

	@Test
	void anIdIsTopicPartitionAndOffset() {
		assertThat(DeadLetterId.parse("coalition.events.dlt:5:42")).contains(new DeadLetterId("coalition.events.dlt", 5, 42));
		assertThat(DeadLetterId.parse("coalition.events.dlt:5:42").orElseThrow()).hasToString("coalition.events.dlt:5:42");
		assertThat(DeadLetterId.parse("coalition.events.dlt:five:42")).isEmpty();
		assertThat(DeadLetterId.parse("../x:1:2")).isEmpty();
		assertThat(DeadLetterId.parse("t:1:99999999999999999999")).as("beyond a long").isEmpty();
	}

	private static ConsumerRecord<String, byte[]> deadLetter(String stackTrace) {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("coalition.events.dlt", 0, 0L, "k", new byte[0]);
		record.headers().add("kafka_dlt-exception-fqcn", bytes("org.springframework.kafka.listener.ListenerExecutionFailedException"));
		record.headers().add("kafka_dlt-exception-message", bytes("Listener method 'void onRecord()' threw exception"));
		record.headers().add("kafka_dlt-exception-stacktrace", bytes(stackTrace));
		return record;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
