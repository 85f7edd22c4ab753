package org.coalitions.coalition.outcome;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/coalitions/{coalitionId}")
class OutcomeController {

	private final Outcomes outcomes;

	OutcomeController(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@PostMapping("/outcomes")
	@Operation(summary = "Draft an outcome (members)")
	ResponseEntity<OutcomeView> draft(@PathVariable String coalitionId, @Valid @RequestBody DraftOutcome draft,
			@AuthenticationPrincipal Jwt jwt) {
		Outcome outcome = outcomes.draft(coalitionId, draft, CurrentUser.of(jwt));
		return ResponseEntity.created(URI.create("/api/coalitions/" + coalitionId + "/outcomes/" + outcome.getId()))
			.body(OutcomeView.of(outcome));
	}

	@PutMapping("/outcomes/{outcomeId}")
	@Operation(summary = "Revise a draft outcome")
	OutcomeView revise(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@Valid @RequestBody ReviseOutcome revision, @AuthenticationPrincipal Jwt jwt) {
		return OutcomeView.of(outcomes.revise(coalitionId, outcomeId, revision, CurrentUser.of(jwt)));
	}

	@PostMapping("/outcomes/{outcomeId}/publish")
	@Operation(summary = "Publish a draft outcome (coordinators)")
	OutcomeView publish(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return OutcomeView.of(outcomes.publish(coalitionId, outcomeId, CurrentUser.of(jwt)));
	}

	@GetMapping("/outcomes")
	@Operation(summary = "The coalition's outcomes: published ones for everyone, drafts for its members too")
	List<OutcomeView> list(@PathVariable String coalitionId, @AuthenticationPrincipal Jwt jwt) {
		return outcomes.list(coalitionId, jwt == null ? null : CurrentUser.of(jwt))
			.stream()
			.map(OutcomeView::of)
			.toList();
	}

	@GetMapping("/outcomes/{outcomeId}")
	@Operation(summary = "One outcome (a draft only for the coalition's members)")
	OutcomeView get(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return OutcomeView.of(outcomes.find(coalitionId, outcomeId, jwt == null ? null : CurrentUser.of(jwt)));
	}

	@GetMapping("/reporting")
	@Operation(summary = "The coalition's annual reporting status: cycle, status and deadline")
	ReportingView reporting(@PathVariable String coalitionId) {
		return outcomes.reporting(coalitionId);
	}
}
