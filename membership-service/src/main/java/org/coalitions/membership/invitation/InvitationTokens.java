package org.coalitions.membership.invitation;

import org.coalitions.platform.security.LinkSignatures;
import org.springframework.stereotype.Component;

/**
 * The token of an invitation link: the invitation id's {@link LinkSignatures signature} under the invitations
 * secret, so the link needs no sign-in to be read while nobody can make one for an invitation they were not sent.
 */
@Component
class InvitationTokens {

	private final LinkSignatures signatures;

	InvitationTokens(InvitationProperties properties) {
		this.signatures = LinkSignatures.forPurpose(properties.secret(), "invitation");
	}

	String sign(String invitationId) {
		return signatures.sign(invitationId);
	}

	boolean matches(String invitationId, String token) {
		return signatures.matches(invitationId, token);
	}

	/** The path of the link in the web app, as the mail carries it. */
	String linkPath(String invitationId) {
		return "/#/invitations/" + invitationId + "?token=" + sign(invitationId);
	}
}
