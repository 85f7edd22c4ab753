package org.coalitions.infra;

import java.net.InetSocketAddress;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB that integration tests run against: the server at {@code MONGODB_URI} when that variable is
 * set (a real MongoDB), otherwise an in-memory mongo-java-server on a free port. Each caller gets a database
 * of its own, so tests do not see each other's data.
 */
public final class MongoStore {

	private static String baseUri;

	private MongoStore() {
	}

	/** A connection string to a fresh database whose name starts with the given prefix. */
	public static String newDatabaseUri(String prefix) {
		String database = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String base = base();
		int query = base.indexOf('?');
		String path = query < 0 ? base : base.substring(0, query);
		String options = query < 0 ? "" : base.substring(query);
		int slash = path.indexOf('/', "mongodb://".length());
		String hosts = slash < 0 ? path : path.substring(0, slash);
		return hosts + "/" + database + options;
	}

	/** True when tests run against a MongoDB named by {@code MONGODB_URI} rather than the embedded server. */
	public static boolean isExternal() {
		String uri = System.getenv("MONGODB_URI");
		return uri != null && !uri.isBlank();
	}

	private static synchronized String base() {
		if (baseUri == null) {
			if (isExternal()) {
				baseUri = System.getenv("MONGODB_URI");
			}
			else {
				MongoServer server = new MongoServer(new MemoryBackend());
				InetSocketAddress address = server.bind();
				Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-cleanup"));
				baseUri = "mongodb://127.0.0.1:" + address.getPort();
			}
		}
		return baseUri;
	}
}
