package org.coalitions.notification.activity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reporting deadline, the same setting as coalition-service's ({@code coalitions.reporting.deadline},
 * {@code MM-dd} or {@code --MM-dd}, default 31 March).
 */
@Configuration(proxyBeanMethods = false)
class ActivityConfiguration {

	@Bean
	ReportingRules reportingRules(@Value("${coalitions.reporting.deadline:03-31}") String deadline) {
		return ReportingRules.parse(deadline);
	}
}
