package org.coalitions.platform;

import java.time.Duration;

import org.coalitions.platform.messaging.ConsumerProperties;
import org.coalitions.platform.messaging.TopicProperties;
import org.coalitions.platform.outbox.OutboxProperties;
import org.coalitions.platform.persistence.StoreProperties;
import org.coalitions.platform.time.HistoryProperties;
import org.coalitions.platform.web.WebLimits;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's settings bind from {@code coalitions.*} with the defaults their records declare (the only place
 * they are declared), and a nonsensical value stops the service at start-up rather than later.
 */
class PlatformPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ConsumerProperties.class, TopicProperties.class, OutboxProperties.class,
			WebLimits.class, StoreProperties.class, HistoryProperties.class })
	static class Settings {
	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void unsetSettingsTakeTheirRecordsDefaults() {
		context.run(started -> {
			assertThat(started.getBean(ConsumerProperties.class))
				.isEqualTo(new ConsumerProperties(Duration.ofMillis(200), 3, Duration.ofSeconds(10), 2000));
			assertThat(started.getBean(TopicProperties.class).partitions()).isEqualTo(6);
			assertThat(started.getBean(WebLimits.class).maxRequestSize()).isEqualTo(DataSize.ofKilobytes(256));
			OutboxProperties outbox = started.getBean(OutboxProperties.class);
			assertThat(outbox.collections()).isEmpty();
			assertThat(outbox.source()).isEqualTo("/coalitions");
			assertThat(outbox.pollInterval()).isEqualTo(Duration.ofMillis(500));
			assertThat(outbox.scanInterval()).isEqualTo(Duration.ofSeconds(5));
			assertThat(outbox.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
			assertThat(outbox.batchSize()).isEqualTo(200);
			assertThat(started.getBean(StoreProperties.class))
				.isEqualTo(new StoreProperties(Duration.ofSeconds(1), Duration.ZERO, true));
			assertThat(started.getBean(HistoryProperties.class).importEnabled()).as("history import: off unless asked")
				.isFalse();
		});
	}

	@Test
	void settingsBindByTheirDocumentedNames() {
		context
			.withPropertyValues("coalitions.consumer.retry-interval=50ms", "coalitions.consumer.max-retries=1",
					"coalitions.consumer.max-store-backoff=1s", "coalitions.consumer.batch-size=10",
					"coalitions.kafka.partitions=2", "coalitions.web.max-request-size=1KB",
					"coalitions.outbox.collections=a,b", "coalitions.outbox.batch-size=7",
					"coalitions.store.timeout=300ms", "coalitions.store.read-timeout=1m",
					"coalitions.store.secondary-indexes=false")
			.run(started -> {
				assertThat(started.getBean(ConsumerProperties.class))
					.isEqualTo(new ConsumerProperties(Duration.ofMillis(50), 1, Duration.ofSeconds(1), 10));
				assertThat(started.getBean(TopicProperties.class).partitions()).isEqualTo(2);
				assertThat(started.getBean(WebLimits.class).maxRequestSize()).isEqualTo(DataSize.ofKilobytes(1));
				assertThat(started.getBean(OutboxProperties.class).collections()).containsExactly("a", "b");
				assertThat(started.getBean(OutboxProperties.class).batchSize()).isEqualTo(7);
				assertThat(started.getBean(StoreProperties.class))
					.isEqualTo(new StoreProperties(Duration.ofMillis(300), Duration.ofMinutes(1), false));
			});
	}

	@Test
	void aNonsensicalValueStopsTheStart() {
		for (String setting : new String[] { "coalitions.consumer.batch-size", "coalitions.kafka.partitions",
				"coalitions.outbox.batch-size" }) {
			context.withPropertyValues(setting + "=0")
				.run(started -> assertThat(started).getFailure()
					.as(setting)
					.hasStackTraceContaining(setting)
					.hasStackTraceContaining("must be greater than or equal to 1"));
		}
	}
}
