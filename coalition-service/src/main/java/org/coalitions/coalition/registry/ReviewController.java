package org.coalitions.coalition.registry;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The secretariat's review of proposals, and the proposers' resubmission after changes were asked for. */
@RestController
class ReviewController {

	private final CoalitionRegistry registry;

	ReviewController(CoalitionRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/api/reviews")
	@Operation(summary = "The review queue (secretariat only): proposals waiting for review or for changes")
	List<ReviewQueueItem> queue(@AuthenticationPrincipal Jwt jwt) {
		return registry.reviewQueue(CurrentUser.of(jwt));
	}

	@PostMapping("/api/coalitions/{id}/review")
	@Operation(summary = "Approve, ask for changes or decline a proposal (secretariat only; a message is required "
			+ "to ask for changes or to decline)")
	CoalitionView review(@PathVariable String id, @Valid @RequestBody ReviewRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		return CoalitionView.of(registry.review(id, request, CurrentUser.of(jwt)));
	}

	@PostMapping("/api/coalitions/{id}/resubmit")
	@Operation(summary = "Send a proposal back to the review queue after changes were asked for (coordinators)")
	CoalitionView resubmit(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		return CoalitionView.of(registry.resubmit(id, CurrentUser.of(jwt)));
	}
}
