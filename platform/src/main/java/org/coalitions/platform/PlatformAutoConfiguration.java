package org.coalitions.platform;

import java.util.Properties;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventBatches;
import org.coalitions.platform.messaging.MalformedEventException;
import org.coalitions.platform.outbox.OutboxProperties;
import org.coalitions.platform.outbox.OutboxRelay;
import org.coalitions.platform.outbox.OutboxSaves;
import org.coalitions.platform.security.JwtDecoders;
import org.coalitions.platform.security.JwtSettings;
import org.coalitions.platform.security.KeycloakRoles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.coalitions.platform.web.ApiProblems;
import org.coalitions.platform.web.RequestSizeLimit;
import org.coalitions.platform.web.WebLimits;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/** Wires the event backbone, the store's health check and the shared web and security conventions. */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@EnableConfigurationProperties({ OutboxProperties.class, JwtSettings.class, WebLimits.class, ConsumerProperties.class,
		TopicProperties.class })
@Import(ApiProblems.class)
public class PlatformAutoConfiguration {

	@Bean
	OutboxRelay outboxRelay(MongoOperations mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties) {
		return new OutboxRelay(mongo, kafka, properties);
	}

	@Bean
	OutboxSaves outboxSaves(OutboxRelay relay) {
		return new OutboxSaves(relay);
	}

	/**
	 * Bounded retries, then the record goes to its topic's dead-letter twin (same partition) and the consumer
	 * moves on. A record that is not a well-formed event is dead-lettered at once: retrying cannot mend it.
	 */
	@Bean
	CommonErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> kafka, ConsumerProperties consumers) {
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters(kafka),
				new FixedBackOff(consumers.retryInterval().toMillis(), consumers.maxRetries()));
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

	/**
	 * For listeners that take a whole poll at once ({@link EventBatches}): Boot's settings, at most
	 * {@code coalitions.consumer.batch-size} records a poll, and an error handler of their own. A batch
	 * listener names its failed record by index, which the handler commits up to and retries or dead-letters as
	 * {@link #eventErrorHandler} does a record's; but while the store is unreachable it keeps retrying, backing
	 * off up to {@code coalitions.consumer.max-store-backoff}, for a whole batch dead-lettered because the store was
	 * down for a second would be a whole batch not projected. Not a {@link CommonErrorHandler} bean: Boot's own
	 * factory takes the one such bean there is.
	 */
	@Bean(EventBatches.CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> eventBatchListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
			KafkaTemplate<String, byte[]> kafka, ConsumerProperties consumers) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumerFactory);
		factory.setBatchListener(true);
		Properties consumer = new Properties();
		consumer.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(consumers.batchSize()));
		factory.getContainerProperties().setKafkaConsumerProperties(consumer);
		long retryInterval = consumers.retryInterval().toMillis();
		FixedBackOff bounded = new FixedBackOff(retryInterval, consumers.maxRetries());
		ExponentialBackOff untilTheStoreIsBack = new ExponentialBackOff(retryInterval, 2.0);
		untilTheStoreIsBack.setMaxInterval(Math.max(retryInterval, consumers.maxStoreBackoff().toMillis()));
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters(kafka), bounded);
		handler.setBackOffFunction((record, ex) -> storeUnreachable(ex) ? untilTheStoreIsBack : bounded);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		factory.setCommonErrorHandler(handler);
		return factory;
	}

	private static DeadLetterPublishingRecoverer deadLetters(KafkaTemplate<String, byte[]> kafka) {
		return new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
	}

	/** A failure that says the store could not be reached or did not answer in time, not that the event is bad. */
	static boolean storeUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof MongoSocketException || cause instanceof MongoTimeoutException) {
				return true;
			}
		}
		return false;
	}

	@Bean
	KafkaAdmin.NewTopics coalitionTopics(TopicProperties topics) {
		return new KafkaAdmin.NewTopics(Topics.ALL.stream()
			.flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetter(topic)))
			.map(name -> TopicBuilder.name(name).partitions(topics.partitions()).replicas(1).build())
			.toArray(NewTopic[]::new));
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

	/** First in line, before security: an oversized body is refused before anyone reads it. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebLimits limits) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(limits));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(JwtSettings settings) {
		return JwtDecoders.of(settings);
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		return KeycloakRoles.jwtAuthenticationConverter();
	}
}
