package org.coalitions.platform.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's one {@link Clock}: the system clock, or with history import on, a {@link HistoryClock}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HistoryProperties.class)
public class HistoryConfiguration {

	/** The one clock every rule reads; a test that moves time declares its own. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(HistoryProperties history) {
		return new HistoryClock(Clock.systemUTC(), history.importEnabled());
	}
}
