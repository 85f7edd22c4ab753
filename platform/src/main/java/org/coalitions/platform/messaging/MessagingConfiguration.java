package org.coalitions.platform.messaging;

import java.util.Properties;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.persistence.StoreFailures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Consuming: the topics every service declares, a listener per {@link EventSubscription}, bounded retries and
 * dead-lettering, the batch listeners' factory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ConsumerProperties.class, TopicProperties.class })
public class MessagingConfiguration {

	/**
	 * Bounded retries, then the record goes to its topic's dead-letter twin (same partition) and the consumer
	 * moves on. A record that is not a well-formed event is dead-lettered at once: retrying cannot mend it. While
	 * the store is unreachable the consumer keeps retrying, backing off up to
	 * {@code coalitions.consumer.max-store-backoff}: a record dead-lettered because the store was away for a few
	 * seconds would be an effect lost (the fault suite lost a proposal's mail that way).
	 */
	@Bean
	CommonErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> kafka, ConsumerProperties consumers,
			ConsumerMetrics metrics) {
		return errorHandler(kafka, consumers, metrics);
	}

	/**
	 * For listeners that take a whole poll at once ({@link EventBatches}): Boot's settings, at most
	 * {@code coalitions.consumer.batch-size} records a poll, and an error handler of their own. A batch
	 * listener names its failed record by index, which the handler commits up to and retries or dead-letters as
	 * {@link #eventErrorHandler} does a record's, and keeps retrying while the store is unreachable. Not a
	 * {@link CommonErrorHandler} bean: Boot's own factory takes the one such bean there is.
	 */
	@Bean(EventBatches.CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> eventBatchListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
			KafkaTemplate<String, byte[]> kafka, ConsumerProperties consumers, ConsumerMetrics metrics) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumerFactory);
		factory.setBatchListener(true);
		Properties consumer = new Properties();
		consumer.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(consumers.batchSize()));
		factory.getContainerProperties().setKafkaConsumerProperties(consumer);
		factory.setCommonErrorHandler(errorHandler(kafka, consumers, metrics));
		return factory;
	}

	/** The one error handler of record and batch listeners (see {@link #eventErrorHandler}). */
	private static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> kafka, ConsumerProperties consumers,
			ConsumerMetrics metrics) {
		long retryInterval = consumers.retryInterval().toMillis();
		FixedBackOff bounded = new FixedBackOff(retryInterval, consumers.maxRetries());
		ExponentialBackOff untilTheStoreIsBack = new ExponentialBackOff(retryInterval, 2.0);
		untilTheStoreIsBack.setMaxInterval(Math.max(retryInterval, consumers.maxStoreBackoff().toMillis()));
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters(kafka, metrics), bounded);
		handler.setBackOffFunction((record, ex) -> StoreFailures.unreachable(ex) ? untilTheStoreIsBack : bounded);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

	private static DeadLetterPublishingRecoverer deadLetters(KafkaTemplate<String, byte[]> kafka,
			ConsumerMetrics metrics) {
		return new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition())) {

			@Override
			protected void publish(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> template,
					ConsumerRecord<?, ?> inRecord) {
				super.publish(outRecord, template, inRecord); // throws when the broker did not take it
				metrics.deadLettered(outRecord.topic());
			}
		};
	}

	/** Consumer lag per group and topic, and dead letters per topic. */
	@Bean
	ConsumerMetrics consumerMetrics(ConsumerPositions positions) {
		return new ConsumerMetrics(positions);
	}

	/**
	 * A Kafka listener for every {@link EventSubscription} method of the application's beans (those a
	 * {@link SubscriptionSelection} bean selects, if there is one).
	 */
	@Bean
	EventSubscriptions eventSubscriptions(ConfigurableListableBeanFactory beans, Environment environment,
			ObjectProvider<SubscriptionSelection> selection) {
		return new EventSubscriptions(beans, environment, selection.getIfAvailable(() -> subscription -> true));
	}

	/** What the service's groups have applied, and their lag (one Admin client, bounded calls). */
	@Bean
	ConsumerPositions consumerPositions(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry registry) {
		return new ConsumerPositions(kafkaAdmin, registry);
	}

	/** Every topic of the contracts and its dead-letter twin, so a consumer that starts first finds them. */
	@Bean
	KafkaAdmin.NewTopics coalitionTopics(TopicProperties topics) {
		return new KafkaAdmin.NewTopics(Topics.ALL.stream()
			.flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetter(topic)))
			.map(name -> TopicBuilder.name(name).partitions(topics.partitions()).replicas(1).build())
			.toArray(NewTopic[]::new));
	}
}
