package org.coalitions.membership.invitation;

/** An invitation as its holder sees it now: its status, with a pending one past its time EXPIRED. */
enum InvitationState {

	PENDING, EXPIRED, ACCEPTED, REVOKED

}
