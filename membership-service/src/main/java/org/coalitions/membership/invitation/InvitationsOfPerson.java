package org.coalitions.membership.invitation;

import java.time.Instant;
import java.util.List;

/**
 * The invitations that concern one person, as their own data: those addressed to them (with the inviter's name and
 * message) and those they sent (without the invitee's address, which is someone else's).
 */
public record InvitationsOfPerson(List<Received> received, List<Sent> sent) {

	public record Received(String invitationId, String coalitionId, String email, String inviterName,
			String message, Instant createdAt, Instant expiresAt, String state, Instant acceptedAt) {
	}

	public record Sent(String invitationId, String coalitionId, String message, Instant createdAt,
			Instant expiresAt, String state) {
	}
}
