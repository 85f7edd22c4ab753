package org.coalitions.membership.invitation;

/** The answer to an accepted invitation: the coalition its holder is a member of now. */
record InvitationAccepted(String coalitionId) {
}
