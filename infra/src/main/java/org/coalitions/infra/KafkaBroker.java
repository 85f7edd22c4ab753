package org.coalitions.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.coalitions.contracts.Topics;

/**
 * A real single-node Kafka broker in a child JVM, on free ports and a fresh data folder, with the given
 * topics (and their dead-letter twins, same partition count) created before {@link #start()} returns: a test
 * may read a topic before any service has declared it.
 */
public final class KafkaBroker extends ForkedServer {

	private static KafkaBroker shared;

	private final int port;

	private final List<String> topics;

	private final int partitions;

	private KafkaBroker(int port, int controllerPort, Path data, List<String> topics, int partitions) {
		super("kafka-" + port, KafkaBrokerMain.class,
				List.of("--port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort), "--data",
						data.toString()),
				KafkaBrokerMain.READY, data.resolve("broker.log"));
		this.port = port;
		this.topics = List.copyOf(topics);
		this.partitions = partitions;
	}

	/** A new broker of its own, for tests that stop and restart it. */
	public static KafkaBroker create(List<String> topics, int partitions) {
		try {
			Path data = Files.createTempDirectory("kafka-");
			return new KafkaBroker(Ports.free(), Ports.free(), data, topics, partitions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One broker for the whole test JVM, started on first use, stopped when the JVM exits. */
	public static synchronized KafkaBroker shared(List<String> topics, int partitions) {
		if (shared == null) {
			shared = create(topics, partitions);
			shared.start();
		}
		return shared;
	}

	public void start() {
		start(Duration.ofMinutes(2));
		createTopics();
	}

	private void createTopics() {
		try (Admin admin = Admin.create(adminConfig(bootstrapServers()))) {
			Set<String> existing = admin.listTopics().names().get();
			List<NewTopic> wanted = topics.stream()
				.flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
				.filter(name -> !existing.contains(name))
				.map(name -> new NewTopic(name, partitions, (short) 1))
				.toList();
			admin.createTopics(wanted).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("creating topics on " + bootstrapServers() + " failed", ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, Object> adminConfig(String bootstrap) {
		return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				10000);
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + port;
	}
}
