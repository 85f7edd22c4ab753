package org.coalitions.coalition.moderation;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/coalitions/{coalitionId}/suspensions")
class SuspensionController {

	private final PostingSuspensions suspensions;

	SuspensionController(PostingSuspensions suspensions) {
		this.suspensions = suspensions;
	}

	record Suspend(@NotNull Instant until, @NotBlank @Size(max = 1000) String reason) {
	}

	/** A suspension as coordinators see it. */
	record SuspensionView(String memberId, String memberName, Instant until, String reason, String suspendedBy,
			Instant suspendedAt) {

		static SuspensionView of(PostingSuspension suspension) {
			return new SuspensionView(suspension.getMemberId(), suspension.getMemberName(), suspension.getUntil(),
					suspension.getReason(), suspension.getSuspendedBy(), suspension.getSuspendedAt());
		}
	}

	@GetMapping
	@Operation(summary = "Members whose right to post is suspended now, soonest ending first (coordinators)")
	List<SuspensionView> inForce(@PathVariable String coalitionId, @AuthenticationPrincipal Jwt jwt) {
		return suspensions.inForce(coalitionId, CurrentUser.of(jwt)).stream().map(SuspensionView::of).toList();
	}

	@PutMapping("/{memberId}")
	@Operation(summary = "Suspend a member's right to post until a time, at most 365 days ahead, with a reason "
			+ "(coordinators; the member stays a member; replaces a suspension in force)")
	SuspensionView suspend(@PathVariable String coalitionId, @PathVariable String memberId,
			@Valid @RequestBody Suspend request, @AuthenticationPrincipal Jwt jwt) {
		return SuspensionView.of(suspensions.suspend(coalitionId, memberId, request.until(), request.reason(),
				CurrentUser.of(jwt)));
	}

	@DeleteMapping("/{memberId}")
	@Operation(summary = "Lift a member's suspension before it ends (coordinators)")
	ResponseEntity<Void> lift(@PathVariable String coalitionId, @PathVariable String memberId,
			@AuthenticationPrincipal Jwt jwt) {
		suspensions.lift(coalitionId, memberId, CurrentUser.of(jwt));
		return ResponseEntity.noContent().build();
	}
}
