package org.coalitions.platform.deadletters;

import java.time.Clock;

import org.coalitions.platform.messaging.EventSubscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.ConsumerFactory;

/** Dead letters: listing, inspecting, re-driving and discarding those of the service's own consumer groups. */
@Configuration(proxyBeanMethods = false)
@Import(DeadLettersController.class)
public class DeadLettersConfiguration {

	@Bean
	DeadLetters deadLetters(ConsumerFactory<?, ?> consumers, EventSubscriptions subscriptions, MongoOperations mongo,
			Clock clock) {
		return new DeadLetters(consumers.getConfigurationProperties(), subscriptions, mongo, clock);
	}
}
