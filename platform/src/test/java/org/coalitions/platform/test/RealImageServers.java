package org.coalitions.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The containers of {@link RealImages}: started on first use, once per test JVM, and stopped with it by
 * Testcontainers.
 */
public final class RealImageServers {

	private static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	private static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

	private RealImageServers() {
	}

	public static synchronized String kafkaBootstrapServers() {
		if (!kafka.isRunning()) {
			kafka.start();
		}
		return kafka.getBootstrapServers();
	}

	/** A database of the service's name on the MongoDB image. */
	public static synchronized String mongoUri(String service) {
		if (!mongo.isRunning()) {
			mongo.start();
		}
		return mongo.getConnectionString() + "/" + service;
	}
}
