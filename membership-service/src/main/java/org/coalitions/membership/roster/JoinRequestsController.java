package org.coalitions.membership.roster;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import jakarta.validation.Valid;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/coalitions/{id}/join-requests")
class JoinRequestsController {

	private final Rosters rosters;

	JoinRequestsController(Rosters rosters) {
		this.rosters = rosters;
	}

	/** For this coalition's coordinators: its pending requests, or those with another status. */
	@GetMapping
	@Operation(summary = "The coalition's join requests, by status (coordinators)")
	List<JoinRequestView> list(@PathVariable String id, @RequestParam(defaultValue = "PENDING") StatusFilter status,
			@AuthenticationPrincipal Jwt jwt) {
		return rosters.joinRequests(id, status.status(), CurrentUser.of(jwt)).stream().map(JoinRequestView::of).toList();
	}

	@PostMapping("/{requestId}/decision")
	@Operation(summary = "Accept or refuse a join request (coordinators)")
	JoinRequestView decide(@PathVariable String id, @PathVariable String requestId, @Valid @RequestBody Decision decision,
			@AuthenticationPrincipal Jwt jwt) {
		return JoinRequestView.of(
				rosters.decide(id, requestId, decision.approve(), decision.message(), CurrentUser.of(jwt)));
	}

	enum StatusFilter {

		PENDING, APPROVED, REJECTED, ALL;

		JoinRequestStatus status() {
			return this == ALL ? null : JoinRequestStatus.valueOf(name());
		}
	}
}
