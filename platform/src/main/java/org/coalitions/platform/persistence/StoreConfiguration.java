package org.coalitions.platform.persistence;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The store's own health check, part of readiness. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

	/**
	 * Boot's own MongoDB health check sends {@code hello}, which the embedded wire-protocol server does not
	 * answer; {@code ping} works on it and on a real MongoDB.
	 */
	@Bean
	HealthIndicator storeHealthIndicator(MongoOperations mongo) {
		return new AbstractHealthIndicator("MongoDB store health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				Document answer = mongo.executeCommand(new Document("ping", 1));
				builder.up().withDetail("database", mongo.getCollection("probe").getNamespace().getDatabaseName())
					.withDetail("ok", answer.get("ok"));
			}
		};
	}
}
