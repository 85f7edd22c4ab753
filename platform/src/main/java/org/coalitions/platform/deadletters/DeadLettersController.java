package org.coalitions.platform.deadletters;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.coalitions.platform.deadletters.DeadLetter.State;
import org.coalitions.platform.web.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operations API of dead letters, under the service's own name so that the front door can route it to the
 * service ({@code /api/operations/<service>/dead-letters}). Who may call it: {@code security.Operators}.
 */
@RestController
@RequestMapping("/api/operations/${spring.application.name}/dead-letters")
class DeadLettersController {

	private static final Logger log = LoggerFactory.getLogger(DeadLettersController.class);

	/** When to ask again after the broker did not answer: about as long as it takes to come back. */
	private static final int BROKER_RETRY_AFTER_SECONDS = 5;

	private final DeadLetters deadLetters;

	DeadLettersController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	@Operation(summary = "List the records this service's consumer groups dead-lettered, newest first (operators only)")
	List<DeadLetter> list(@Parameter(description = "only the dead letters in this state") @RequestParam(
			required = false) State state) {
		return deadLetters.list(Optional.ofNullable(state));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Inspect a dead letter: where it came from, why it failed, its headers and payload (operators only)")
	DeadLetter inspect(@PathVariable String id) {
		return deadLetters.inspect(id);
	}

	@PostMapping("/{id}/redrive")
	@Operation(summary = "Hand a dead letter to the handlers of the consumer group that gave up on it again (operators only)")
	DeadLetter redrive(@PathVariable String id, @AuthenticationPrincipal Jwt operator) {
		return deadLetters.redrive(id, operator.getSubject());
	}

	@PostMapping("/{id}/discard")
	@Operation(summary = "Set a dead letter aside for good (operators only)")
	DeadLetter discard(@PathVariable String id, @AuthenticationPrincipal Jwt operator) {
		return deadLetters.discard(id, operator.getSubject());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> brokerUnavailable(DeadLettersUnavailableException ex) {
		log.warn("Answered 503, the dead-letter topics cannot be read: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(BROKER_RETRY_AFTER_SECONDS))
			.body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Broker unavailable",
					"The message broker cannot be reached just now. Try again in a few seconds."));
	}
}
