package org.coalitions.membership.invitation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import jakarta.validation.Valid;
import org.coalitions.membership.profile.SignIn;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvitationsController {

	private final Invitations invitations;

	InvitationsController(Invitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/coalitions/{id}/invitations")
	@Operation(summary = "Invite people by mail address to join the coalition at once (coordinators)")
	@ResponseStatus(HttpStatus.CREATED)
	InvitationsMade invite(@PathVariable String id, @Valid @RequestBody InvitePeople body,
			@AuthenticationPrincipal Jwt jwt) {
		return invitations.invite(id, body.emails(), body.message(), CurrentUser.of(jwt));
	}

	@GetMapping("/api/coalitions/{id}/invitations")
	@Operation(summary = "The coalition's pending invitations, newest first (coordinators)")
	List<InvitationView> pending(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		return invitations.pending(id, CurrentUser.of(jwt));
	}

	@DeleteMapping("/api/coalitions/{id}/invitations/{invitationId}")
	@Operation(summary = "Revoke an invitation (coordinators)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String id, @PathVariable String invitationId, @AuthenticationPrincipal Jwt jwt) {
		invitations.revoke(id, invitationId, CurrentUser.of(jwt));
	}

	/** Public: the token of the link is the right to read it (a wrong one and an unknown id are the same 404). */
	@GetMapping("/api/invitations/{invitationId}")
	@Operation(summary = "What an invitation link invites to, and whether it can still be accepted")
	InvitationLookup lookup(@PathVariable String invitationId, @RequestParam(defaultValue = "") String token) {
		return invitations.lookup(invitationId, token);
	}

	@PostMapping("/api/invitations/{invitationId}/accept")
	@Operation(summary = "Accept an invitation: become a member of its coalition at once")
	InvitationAccepted accept(@PathVariable String invitationId, @Valid @RequestBody AcceptInvitation body,
			@AuthenticationPrincipal Jwt jwt) {
		return invitations.accept(invitationId, body.token(), SignIn.of(jwt));
	}
}
