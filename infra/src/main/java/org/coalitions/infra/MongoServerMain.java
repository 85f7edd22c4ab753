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

	/** How long H2 keeps the old versions that a running query may still read. */
	static final int RETENTION_MILLIS = 15 * 60 * 1000;

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
			H2Backend h2 = new H2Backend(file.toString());
			// H2 reuses the space of old versions after 45 s by default; a query that runs longer (a digest run
			// reading a day's million feed entries) then fails with "Chunk ... not found"
			h2.getMvStore().setRetentionTime(RETENTION_MILLIS);
			backend = h2;
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
