package org.coalitions.platform.replay;

import com.mongodb.client.MongoClient;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.messaging.SubscriptionSelection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/**
 * A service started with {@value ReplayProperties#ENABLED}=true is a replay run ({@link Replay}), not the live
 * service: only its projection consumers listen, no scheduled work runs (no digest, mail, life-cycle check or
 * index rebuild), and once the report is made the process exits with its code.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplayProperties.class)
@ConditionalOnProperty(name = ReplayProperties.ENABLED, havingValue = "true")
public class ReplayConfiguration {

	/** No {@code @Scheduled} method is registered at all: scheduled work of a replay could mail people. */
	@Bean
	static BeanFactoryPostProcessor noScheduledWorkInAReplay() {
		return beans -> {
			if (beans instanceof BeanDefinitionRegistry registry
					&& registry.containsBeanDefinition(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)) {
				registry.removeBeanDefinition(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME);
			}
		};
	}

	@Bean
	SubscriptionSelection projectionSubscriptionsOnly(ObjectProvider<Projections> projections) {
		Projections declared = projections.getIfAvailable(() -> {
			throw new IllegalStateException("a replay needs the service's Projections bean: it declares none");
		});
		return new SubscriptionSelection() {

			@Override
			public boolean runs(String subscriptionId) {
				return declared.subscriptions().contains(subscriptionId);
			}

			@Override
			public boolean startsWithTheApplication(String subscriptionId) {
				return declared.readFirst().isEmpty() || declared.readFirst().contains(subscriptionId);
			}
		};
	}

	@Bean
	Replay replay(Projections projections, ReplayProperties properties, ConsumerPositions positions,
			KafkaListenerEndpointRegistry listeners, MongoClient mongo, Environment environment, KafkaAdmin kafkaAdmin) {
		return new Replay(projections, properties, positions, listeners, mongo,
				environment.getRequiredProperty(ReplayEnvironment.DATABASE), kafkaAdmin);
	}

	/** Runs the replay once the service has started, then ends the process with the outcome's exit code. */
	@Bean
	ApplicationRunner replayAndExit(Replay replay, ConfigurableApplicationContext context) {
		return arguments -> {
			int code = replay.run().exitCode();
			System.exit(SpringApplication.exit(context, () -> code));
		};
	}
}
