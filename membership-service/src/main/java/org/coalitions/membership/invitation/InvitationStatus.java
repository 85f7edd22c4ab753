package org.coalitions.membership.invitation;

/** What happened to an invitation; expiry is not a status but a matter of time ({@link Invitation#state}). */
enum InvitationStatus {

	PENDING, ACCEPTED, REVOKED

}
