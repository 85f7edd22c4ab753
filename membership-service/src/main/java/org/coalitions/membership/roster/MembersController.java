package org.coalitions.membership.roster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.Role;
import org.coalitions.membership.profile.SignIn;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/coalitions/{id}/members")
class MembersController {

	private final Rosters rosters;

	MembersController(Rosters rosters) {
		this.rosters = rosters;
	}

	/** Joins an open coalition (201), or asks to join a moderated one (202: a join request). */
	@PostMapping
	@Operation(summary = "Join the coalition, or ask to join it")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "201", description = "An open coalition: the membership",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
	@ApiResponse(responseCode = "202", description = "A moderated coalition: the join request, waiting for its coordinators",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = JoinRequestView.class)))
	ResponseEntity<?> join(@PathVariable String id, @Valid @RequestBody(required = false) JoinCoalition body,
			@AuthenticationPrincipal Jwt jwt) {
		Roster.JoinOutcome outcome = rosters.join(id, SignIn.of(jwt), body == null ? null : body.message());
		if (outcome.request() != null) {
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(JoinRequestView.of(outcome.request()));
		}
		Membership membership = outcome.membership();
		return ResponseEntity.created(URI.create("/api/coalitions/" + id + "/members/" + membership.memberId()))
			.body(MembershipView.of(id, membership));
	}

	/** Public: anyone may see who belongs to a coalition (signed out: {@code jwt} is null). */
	@GetMapping
	@Operation(summary = "The coalition's members: names, stakeholder groups and countries (addresses only to coordinators, with consent)")
	List<MemberView> members(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		return rosters.members(id, CurrentUser.ifSignedIn(jwt));
	}

	/**
	 * Leaves; the last coordinator names a member to succeed them. (Path variables carry no constraints: one
	 * there would turn body validation into method validation, whose problem response names no fields.)
	 */
	@DeleteMapping("/me")
	@Operation(summary = "Leave the coalition (a last coordinator names a successor)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void leave(@PathVariable String id, @RequestParam(required = false) @Size(max = 200) String successor,
			@AuthenticationPrincipal Jwt jwt) {
		rosters.leave(id, CurrentUser.of(jwt), successor);
	}

	@DeleteMapping("/{memberId}")
	@Operation(summary = "Remove a member from the coalition (coordinators)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String id, @PathVariable String memberId, @AuthenticationPrincipal Jwt jwt) {
		rosters.remove(id, memberId, CurrentUser.of(jwt));
	}

	@PutMapping("/{memberId}/role")
	@Operation(summary = "Change a member's role (coordinators)")
	MembershipView changeRole(@PathVariable String id, @PathVariable String memberId,
			@Valid @RequestBody RoleChange change, @AuthenticationPrincipal Jwt jwt) {
		Membership changed = rosters.changeRole(id, memberId, Role.valueOf(change.role()), CurrentUser.of(jwt));
		return MembershipView.of(id, changed);
	}
}
