package org.coalitions.notification.digest;

import java.time.Clock;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Looks for digests that fell due, every {@link DigestProperties#checkInterval()}, on the one instance that holds
 * the {@link DigestLease}.
 */
@Component
record DigestScheduler(Digests digests, DigestLease lease, DigestProperties properties, Clock clock)
		implements SchedulingConfigurer {

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::check, properties.checkInterval(), properties.checkInterval()));
	}

	void check() {
		if (properties.enabled() && lease.acquire()) {
			digests.run(clock.instant());
		}
	}
}
