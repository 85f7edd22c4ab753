package org.coalitions.membership.invitation;

import java.time.Instant;

/** What the holder of an invitation link sees, signed in or not: never the invitee's address. */
record InvitationLookup(InvitationState state, String coalitionId, String coalitionName, String inviterName,
		String message, Instant expiresAt) {
}
