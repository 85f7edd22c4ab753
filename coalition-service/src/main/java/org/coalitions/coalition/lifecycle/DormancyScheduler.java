package org.coalitions.coalition.lifecycle;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the life-cycle check (reporting status, dormancy) periodically, the first time right at start. Several
 * instances may run it: its effects are idempotent.
 */
@Component
class DormancyScheduler {

	private final LifeCycle lifeCycle;

	DormancyScheduler(LifeCycle lifeCycle) {
		this.lifeCycle = lifeCycle;
	}

	@Scheduled(fixedDelayString = "${coalitions.lifecycle.check-interval:PT1H}", initialDelayString = "PT0S")
	void check() {
		lifeCycle.check();
	}
}
