package org.coalitions.membership.invitation;

import java.util.List;

/**
 * The answer to an invitation of several addresses: the invitations made, and the addresses that had a pending
 * invitation already (nothing new was made or sent for them).
 */
record InvitationsMade(List<InvitationView> invited, List<String> alreadyInvited) {
}
