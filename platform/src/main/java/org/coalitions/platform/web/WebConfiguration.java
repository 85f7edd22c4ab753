package org.coalitions.platform.web;

import java.time.Clock;

import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.outbox.RelayedPositions;
import org.coalitions.platform.time.HistoryProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The HTTP conventions: problem responses for every failure, the request size limit, commands that say when
 * they happened, and reading your own writes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebLimits.class, HistoryProperties.class, ConsistencyProperties.class })
@Import(ApiProblems.class)
public class WebConfiguration {

	/** First in line, before security: an oversized body is refused before anyone reads it. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebLimits limits) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(limits));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Right after the size limit, before security: the whole request, whoever it turns out to be from, runs at the
	 * instant it names. Its "not in the future" is judged by the system clock, which the header cannot move.
	 */
	@Bean
	FilterRegistrationBean<OccurredAtFilter> occurredAtFilter(HistoryProperties history) {
		FilterRegistrationBean<OccurredAtFilter> registration = new FilterRegistrationBean<>(
				new OccurredAtFilter(history, Clock.systemUTC()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * After security (Boot's filter chain is at -100): a caller is known before anyone waits for them, and a
	 * command's events are saved inside, where its answer is held until their positions are known.
	 */
	@Bean
	FilterRegistrationBean<ConsistencyFilter> consistencyFilter(ConsistencyProperties properties,
			ObjectProvider<ConsumerPositions> consumed, ObjectProvider<RelayedPositions> relayed) {
		FilterRegistrationBean<ConsistencyFilter> registration = new FilterRegistrationBean<>(
				new ConsistencyFilter(properties, consumed.getIfAvailable(), relayed.getIfAvailable()));
		registration.setOrder(0);
		return registration;
	}
}
