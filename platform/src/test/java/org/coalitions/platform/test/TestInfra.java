package org.coalitions.platform.test;

import org.coalitions.infra.KafkaBroker;
import org.coalitions.infra.MongoStore;
import org.coalitions.contracts.Topics;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at real servers: one Kafka broker per test JVM (a child process), a fresh
 * database on the test MongoDB ({@code MONGODB_URI}, or the embedded server), and the test token key.
 * (Test contexts run with the {@code local} profile, which allows the development secrets: see
 * {@code ApiIntegrationTest}.)
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
		registerServers(registry, service, bootstrapServers, mongoUri);
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	/**
	 * As {@link #register(DynamicPropertyRegistry, String, String, String)}, but the service fetches the keys that
	 * check tokens from a JWK set (the test's own) instead of using the pinned test key.
	 */
	public static void registerWithJwkSet(DynamicPropertyRegistry registry, String service, String jwkSetUri) {
		registerServers(registry, service, sharedBroker().bootstrapServers(), MongoStore.newDatabaseUri(service));
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> jwkSetUri);
	}

	private static void registerServers(DynamicPropertyRegistry registry, String service, String bootstrapServers,
			String mongoUri) {
		registry.add("spring.kafka.bootstrap-servers", () -> bootstrapServers);
		registry.add("spring.mongodb.uri", () -> mongoUri);
		registry.add("spring.mongodb.database", () -> databaseOf(mongoUri));
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
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
