package org.coalitions.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead letters on the real stack, as an operator meets them: a record that is not an event, published to
 * {@code coalition.events}, is dead-lettered by notification-service's groups; {@code infra/dead-letters} (with a
 * real Keycloak token of the secretariat) lists it, shows it, fails to re-drive it and discards it; and the front
 * door routes the operations API of each service to that service.
 */
@ExtendWith(SharedLocalStack.class)
class DeadLettersSystemTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private final LocalStack stack;

	DeadLettersSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void theCommandListsShowsFailsToRedriveAndDiscardsAMalformedRecord() throws Exception {
		String key = "dead-letter-" + UUID.randomUUID();
		publishMalformed(key);

		AtomicReference<String> line = new AtomicReference<>();
		Ports.await("notification-service's dead letter of " + key, WAIT, () -> {
			Run list = command("list", "notification");
			list.lines().filter(listed -> listed.contains(key)).findFirst().ifPresent(line::set);
			return line.get() != null;
		});
		assertThat(line.get()).contains("WAITING", "coalition.events-", "MalformedEventException");
		String id = line.get().split("\\s+")[0];
		assertThat(id).startsWith("coalition.events.dlt:");

		Run shown = command("show", "notification", id);
		assertThat(shown.exit()).as(shown.output()).isZero();
		assertThat(shown.output()).contains("\"payload\": \"not an event, " + key + "\"");

		Run redriven = command("redrive", "notification", id);
		assertThat(redriven.exit()).as(redriven.output()).isEqualTo(1);
		assertThat(redriven.output()).contains("422", "MalformedEventException");

		Run discarded = command("discard", "notification", id);
		assertThat(discarded.exit()).as(discarded.output()).isZero();
		assertThat(discarded.output()).contains("\"state\": \"DISCARDED\"");
		assertThat(command("list", "notification", "DISCARDED").output()).contains(id);
		assertThat(command("list", "notification", "WAITING").output()).doesNotContain(id);
		assertThat(command("discard", "notification", id).exit()).as("discarded is final").isEqualTo(1);
	}

	@Test
	void theFrontDoorRoutesEachServicesOperationsApiToThatServiceForTheSecretariatOnly() {
		String secretariat = stack.token("sam");
		for (String service : new String[] { "coalition", "membership", "notification" }) {
			String path = "/api/operations/" + service + "-service/dead-letters";
			assertThat(stack.get(stack.url("WEB", path), secretariat).statusCode()).as(path).isEqualTo(200);
			assertThat(stack.get(stack.url("WEB", path), stack.token("chen")).statusCode()).as(path).isEqualTo(403);
		}
	}

	private void publishMalformed(String key) throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				"127.0.0.1:" + stack.env.get("KAFKA_PORT"), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			producer.send(new ProducerRecord<>("coalition.events", key,
					("not an event, " + key).getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
		}
	}

	private record Run(int exit, String output) {

		Stream<String> lines() {
			return output.lines();
		}
	}

	/** Runs {@code infra/dead-letters} against the stack's ports, as an operator would. */
	private Run command(String... arguments) {
		String[] command = new String[arguments.length + 1];
		command[0] = "infra/dead-letters";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(LocalStack.REPO.toFile()).redirectErrorStream(true);
			builder.environment().putAll(stack.env);
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " timed out");
			}
			return new Run(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
