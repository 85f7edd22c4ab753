package org.coalitions.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Runs the MongoDB wire-protocol server (mongo-java-server) on loopback, backed by an H2 file so data
 * survives restarts, or by memory when no {@code --data} is given. Prints {@code MONGO READY <uri>}.
 *
 * <pre>--port 27017 [--data FILE]</pre>
 */
public final class MongoServerMain {

	public static final String READY = "MONGO READY";

	private MongoServerMain() {
	}

	public static void main(String[] argv) throws Exception {
		QuietLogging.apply();
		Args args = new Args(argv);
		int port = args.intValue("port", 27017);
		String data = args.get("data", null);
		MongoBackend backend;
		if (data == null) {
			backend = new MemoryBackend();
		}
		else {
			Path file = Path.of(data).toAbsolutePath();
			Files.createDirectories(file.getParent());
			backend = new H2Backend(file.toString());
		}
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", port);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.shutdownNow();
			stopped.countDown();
		}, "mongo-shutdown"));
		System.out.println(READY + " mongodb://127.0.0.1:" + port);
		System.out.flush();
		stopped.await();
	}
}
