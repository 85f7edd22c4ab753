package org.coalitions.coalition.outcome;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@RestController
@RequestMapping("/api/coalitions/{coalitionId}")
class OutcomeController {

	private final Outcomes outcomes;

	private final Clock clock;

	OutcomeController(Outcomes outcomes, Clock clock) {
		this.outcomes = outcomes;
		this.clock = clock;
	}

	private OutcomeView view(Outcome outcome) {
		return OutcomeView.of(outcome, clock.instant());
	}

	@PostMapping("/outcomes")
	@Operation(summary = "Draft an outcome (members)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<OutcomeView> draft(@PathVariable String coalitionId, @Valid @RequestBody DraftOutcome draft,
			@AuthenticationPrincipal Jwt jwt) {
		Outcome outcome = outcomes.draft(coalitionId, draft, CurrentUser.of(jwt));
		return ResponseEntity.created(URI.create("/api/coalitions/" + coalitionId + "/outcomes/" + outcome.getId()))
			.body(view(outcome));
	}

	@PutMapping("/outcomes/{outcomeId}")
	@Operation(summary = "Revise a draft outcome")
	OutcomeView revise(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@Valid @RequestBody ReviseOutcome revision, @AuthenticationPrincipal Jwt jwt) {
		return view(outcomes.revise(coalitionId, outcomeId, revision, CurrentUser.of(jwt)));
	}

	@PostMapping("/outcomes/{outcomeId}/publish")
	@Operation(summary = "Publish a draft outcome (coordinators)")
	OutcomeView publish(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return view(outcomes.publish(coalitionId, outcomeId, CurrentUser.of(jwt)));
	}

	@GetMapping("/outcomes")
	@Operation(summary = "The coalition's outcomes: published ones for everyone, drafts for its members too")
	List<OutcomeView> list(@PathVariable String coalitionId, @AuthenticationPrincipal Jwt jwt) {
		return outcomes.list(coalitionId, CurrentUser.ifSignedIn(jwt))
			.stream()
			.map(this::view)
			.toList();
	}

	@GetMapping("/outcomes/{outcomeId}")
	@Operation(summary = "One outcome (a draft only for the coalition's members)")
	OutcomeView get(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return view(outcomes.find(coalitionId, outcomeId, CurrentUser.ifSignedIn(jwt)));
	}

	@GetMapping("/outcomes/{outcomeId}/versions")
	@Operation(summary = "Every version of an outcome's text, the first draft first (a draft's only for the coalition's members)")
	List<RoundViews.VersionView> versions(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return outcomes.versions(coalitionId, outcomeId, CurrentUser.ifSignedIn(jwt))
			.stream()
			.map(RoundViews.VersionView::of)
			.toList();
	}

	@GetMapping("/outcomes/{outcomeId}/diff")
	@Operation(summary = "A line diff of two versions of an outcome's text")
	RoundViews.DiffView diff(@PathVariable String coalitionId, @PathVariable String outcomeId, @RequestParam int from,
			@RequestParam int to, @AuthenticationPrincipal Jwt jwt) {
		return outcomes.diff(coalitionId, outcomeId, from, to, CurrentUser.ifSignedIn(jwt));
	}

	@GetMapping("/reporting")
	@Operation(summary = "The coalition's annual reporting status: cycle, status and deadline")
	ReportingView reporting(@PathVariable String coalitionId) {
		return outcomes.reporting(coalitionId);
	}
}
