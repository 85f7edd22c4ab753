package org.coalitions.infra;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Exit;

/**
 * Runs a single-node Apache Kafka broker in KRaft mode (broker and controller in one process), formatting
 * its storage on first start. Prints {@code KAFKA READY <bootstrap>} once the broker answers. It creates no
 * topics: the services declare theirs at start (from {@code Topics}), and so does {@link KafkaBroker} for tests.
 *
 * <pre>--port 9092 --controller-port 9093 --data DIR</pre>
 */
public final class KafkaBrokerMain {

	public static final String READY = "KAFKA READY";

	private KafkaBrokerMain() {
	}

	public static void main(String[] argv) throws Exception {
		QuietLogging.apply();
		Args args = new Args(argv);
		int port = args.intValue("port", 9092);
		int controllerPort = args.intValue("controller-port", 9093);
		Path data = Path.of(args.require("data")).toAbsolutePath();

		Path logs = data.resolve("logs");
		Files.createDirectories(logs);
		Path config = writeConfig(data, logs, port, controllerPort);
		if (!Files.exists(logs.resolve("meta.properties"))) {
			format(config);
		}
		String bootstrap = "127.0.0.1:" + port;
		Thread readiness = new Thread(() -> announceReady(bootstrap, port), "readiness");
		readiness.setDaemon(true);
		readiness.start();
		kafka.Kafka.main(new String[] { config.toString() });
	}

	private static Path writeConfig(Path data, Path logs, int port, int controllerPort) throws IOException {
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", "1");
		props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		props.put("controller.listener.names", "CONTROLLER");
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("log.dirs", logs.toString());
		props.put("num.partitions", "6");
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "6");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("share.coordinator.state.topic.min.isr", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		props.put("auto.create.topics.enable", "false");
		props.put("log.retention.hours", "-1");
		Path config = data.resolve("server.properties");
		try (Writer writer = Files.newBufferedWriter(config)) {
			props.store(writer, "written by KafkaBrokerMain");
		}
		return config;
	}

	/** Kafka's storage tool ends with System.exit; catch that so formatting can run in this JVM. */
	private static void format(Path config) {
		Exit.setExitProcedure((status, message) -> {
			if (status != 0) {
				throw new IllegalStateException("formatting Kafka storage failed: " + message);
			}
			throw new FormatDone();
		});
		try {
			kafka.tools.StorageTool.main(new String[] { "format", "-t", UUID.randomUUID().toString().substring(0, 22)
					.replace("-", "A"), "-c", config.toString() });
		}
		catch (FormatDone done) {
			// formatted
		}
		finally {
			Exit.resetExitProcedure();
		}
	}

	private static final class FormatDone extends RuntimeException {

		FormatDone() {
			super(null, null, false, false);
		}
	}

	/** Ready means the cluster's metadata names this broker, so clients and admin requests get answers. */
	private static void announceReady(String bootstrap, int port) {
		Ports.await("Kafka on " + bootstrap, Duration.ofMinutes(2), () -> Ports.isOpen(port));
		try (Admin admin = Admin.create(KafkaBroker.adminConfig(bootstrap))) {
			Ports.await("Kafka cluster metadata", Duration.ofMinutes(2), () -> {
				try {
					return !admin.describeCluster().nodes().get().isEmpty();
				}
				catch (Exception ex) {
					return false;
				}
			});
			System.out.println(READY + " " + bootstrap);
			System.out.flush();
		}
		catch (RuntimeException ex) {
			System.err.println("the broker did not become ready: " + ex);
			Runtime.getRuntime().halt(3);
		}
	}
}
