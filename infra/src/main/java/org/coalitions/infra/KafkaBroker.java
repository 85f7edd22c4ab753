package org.coalitions.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real single-node Kafka broker in a child JVM, on free ports and a fresh data folder, with the given
 * topics (and their {@code .dlt} twins) created before {@link #start()} returns.
 */
public final class KafkaBroker extends ForkedServer {

	private static KafkaBroker shared;

	private final int port;

	private KafkaBroker(int port, int controllerPort, Path data, List<String> topics, int partitions) {
		super("kafka-" + port, KafkaBrokerMain.class,
				List.of("--port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort), "--data",
						data.toString(), "--topics", String.join(",", topics), "--partitions",
						String.valueOf(partitions)),
				KafkaBrokerMain.READY, data.resolve("broker.log"));
		this.port = port;
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
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + port;
	}
}
