package org.coalitions.platform.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** The HTTP conventions: problem responses for every failure, and the request size limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimits.class)
@Import(ApiProblems.class)
public class WebConfiguration {

	/** First in line, before security: an oversized body is refused before anyone reads it. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebLimits limits) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(limits));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
