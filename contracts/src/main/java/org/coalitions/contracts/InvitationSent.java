package org.coalitions.contracts;

import java.time.Instant;

/**
 * A coordinator invited someone by mail address. It carries the address (and the signed link path) because
 * notification-service must mail a person it may not know yet; nothing else about the invitee travels.
 *
 * @param link the path of the signed, single-use link in the web app ({@code /#/invitations/<id>?token=<token>})
 */
public record InvitationSent(String coalitionId, String invitationId, String coalitionName, String email,
		String inviterName, String message, Instant expiresAt, String link) implements CoalitionEvent {
}
