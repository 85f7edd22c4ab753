package org.coalitions.coalition.related;

import java.time.Duration;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Builds the related-coalitions index right at start, then again every {@link RelatedProperties#rebuildInterval()}. */
@Component
record RelatedIndexScheduler(RelatedCoalitions related, RelatedProperties properties) implements SchedulingConfigurer {

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(related::rebuild, properties.rebuildInterval(), Duration.ZERO));
	}
}
