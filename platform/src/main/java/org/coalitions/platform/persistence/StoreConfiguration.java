package org.coalitions.platform.persistence;

import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.data.mongodb.core.MongoOperations;

/** The store's time-outs and its own health check, part of readiness. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfiguration {

	/**
	 * Runs after Boot's customizer that applies the connection string, so these limits replace the driver's
	 * defaults (30 s to find the store, 10 s to connect) and any given in {@code MONGODB_URI}.
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties store) {
		long timeout = store.timeout().toMillis();
		return settings -> settings
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
			.applyToSocketSettings(socket -> socket.connectTimeout(timeout, TimeUnit.MILLISECONDS)
				.readTimeout(store.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
	}

	@Bean
	SecondaryIndexes secondaryIndexes(MongoOperations mongo, StoreProperties store) {
		return new SecondaryIndexes(mongo, store.secondaryIndexes());
	}

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
