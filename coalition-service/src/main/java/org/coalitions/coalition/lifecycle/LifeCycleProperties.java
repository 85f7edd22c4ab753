package org.coalitions.coalition.lifecycle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dormantAfter how long without activity before an ACTIVE coalition is DORMANT
 * @param checkInterval how often the dormancy check runs
 */
@ConfigurationProperties("coalitions.lifecycle")
public record LifeCycleProperties(Duration dormantAfter, Duration checkInterval) {

	public LifeCycleProperties {
		dormantAfter = dormantAfter == null ? Duration.ofDays(180) : dormantAfter;
		checkInterval = checkInterval == null ? Duration.ofHours(1) : checkInterval;
	}
}
