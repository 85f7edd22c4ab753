package org.coalitions.membership.invitation;

import java.time.Instant;

/** An invitation as the coalition's coordinators see it. */
record InvitationView(String invitationId, String coalitionId, String email, String message, String invitedBy,
		String inviterName, Instant createdAt, Instant expiresAt, InvitationState state) {

	static InvitationView of(Invitation invitation, Instant now) {
		return new InvitationView(invitation.getId(), invitation.coalitionId(), invitation.email(),
				invitation.message(), invitation.invitedBy(), invitation.inviterName(), invitation.createdAt(),
				invitation.expiresAt(), invitation.state(now));
	}
}
