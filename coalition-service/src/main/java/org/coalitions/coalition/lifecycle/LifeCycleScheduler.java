package org.coalitions.coalition.lifecycle;

import java.time.Duration;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the life-cycle check (reporting status, reminders, quietness) every {@link LifeCycleProperties#checkInterval()}, the
 * first time right at start. Several instances may run it: its effects are idempotent.
 */
@Component
record LifeCycleScheduler(LifeCycle lifeCycle, LifeCycleProperties properties) implements SchedulingConfigurer {

	private static final Duration FIRST_CHECK_AFTER = Duration.ZERO;

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::check, properties.checkInterval(), FIRST_CHECK_AFTER));
	}

	void check() {
		lifeCycle.check();
	}
}
