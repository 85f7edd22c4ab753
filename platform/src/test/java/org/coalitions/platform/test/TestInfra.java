package org.coalitions.platform.test;

import org.coalitions.infra.KafkaBroker;
import org.coalitions.infra.MongoStore;
import org.coalitions.contracts.Topics;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at real servers: one Kafka broker per test JVM (a child process), a fresh
 * database on the test MongoDB ({@code MONGODB_URI}, or the embedded server), and the test token key.
 */
public final class TestInfra {

	private TestInfra() {
	}

	public static KafkaBroker sharedBroker() {
		return KafkaBroker.shared(Topics.ALL, 6);
	}

	public static void register(DynamicPropertyRegistry registry, String service) {
		register(registry, service, sharedBroker().bootstrapServers(), MongoStore.newDatabaseUri(service));
	}

	public static void register(DynamicPropertyRegistry registry, String service, String bootstrapServers,
			String mongoUri) {
		registry.add("spring.kafka.bootstrap-servers", () -> bootstrapServers);
		registry.add("spring.mongodb.uri", () -> mongoUri);
		registry.add("spring.mongodb.database", () -> databaseOf(mongoUri));
		registry.add("coalitions.security.jwt.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("coalitions.security.jwt.public-key-location", TestTokens::publicKeyLocation);
		// a group of its own per test context, so contexts sharing the broker do not steal each other's records
		String group = service + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		registry.add("spring.kafka.consumer.group-id", () -> group);
		registry.add("coalitions.consumer.retry-interval", () -> "50ms");
		registry.add("coalitions.outbox.poll-interval", () -> "100ms");
	}

	static String databaseOf(String uri) {
		String rest = uri.substring("mongodb://".length());
		int slash = rest.indexOf('/');
		if (slash < 0) {
			return "test";
		}
		String database = rest.substring(slash + 1);
		int query = database.indexOf('?');
		return query < 0 ? database : database.substring(0, query);
	}
}
