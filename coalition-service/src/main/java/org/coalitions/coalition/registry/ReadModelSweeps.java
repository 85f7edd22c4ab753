package org.coalitions.coalition.registry;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Sweeps the coalition read model every {@link ReadModelProperties#sweepInterval()}. */
@Component
record ReadModelSweeps(CoalitionReadModel model, ReadModelProperties properties) implements SchedulingConfigurer {

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(
				new FixedDelayTask(model::sweepNow, properties.sweepInterval(), properties.sweepInterval()));
	}
}
