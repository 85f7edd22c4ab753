package org.coalitions.coalition.outcome;

import java.time.Duration;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the comment windows' sweep (reminders, expiries) every {@link OutcomeProperties#commentWindowSweep()}.
 * Several instances may run it: each reminder and expiry is saved once (see {@link CommentRounds#sweep()}).
 */
@Component
record CommentWindowScheduler(CommentRounds rounds, OutcomeProperties properties) implements SchedulingConfigurer {

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(rounds::sweep, properties.commentWindowSweep(), Duration.ZERO));
	}
}
