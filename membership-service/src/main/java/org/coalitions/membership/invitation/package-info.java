/**
 * Invitations: a coordinator invites people by mail address; each address gets one {@link
 * org.coalitions.membership.invitation.Invitation} document whose outbox carries {@code InvitationSent}, which
 * notification-service turns into a mail with a signed, single-use link ({@link
 * org.coalitions.membership.invitation.InvitationTokens}) valid 14 days. Accepting it makes the holder a member at
 * once through the roster's own join path ({@code Rosters.admitInvited}), also in a moderated coalition.
 */
package org.coalitions.membership.invitation;
