package org.coalitions.platform.web;

import java.time.Clock;

import org.coalitions.platform.time.HistoryProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The HTTP conventions: problem responses for every failure, the request size limit, and commands that say when
 * they happened.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebLimits.class, HistoryProperties.class })
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
}
