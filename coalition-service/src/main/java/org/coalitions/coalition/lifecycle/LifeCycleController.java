package org.coalitions.coalition.lifecycle;

import io.swagger.v3.oas.annotations.Operation;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The periodic life-cycle check, run now: for the secretariat after loading history (the demo data) and for the
 * system tests, which cannot wait an hour for an overdue report to be noticed. It does what the scheduled check
 * does, and is as idempotent.
 */
@RestController
class LifeCycleController {

	private final LifeCycle lifeCycle;

	LifeCycleController(LifeCycle lifeCycle) {
		this.lifeCycle = lifeCycle;
	}

	/** Answers once every coalition has been checked. */
	@PostMapping("/api/lifecycle/check")
	@Operation(summary = "Run the periodic life-cycle check now (secretariat)")
	ResponseEntity<Void> check(@AuthenticationPrincipal Jwt jwt) {
		if (!CurrentUser.of(jwt).secretariat()) {
			throw new ForbiddenException("Only the secretariat runs the life-cycle check.");
		}
		lifeCycle.check();
		return ResponseEntity.noContent().build();
	}
}
