package org.coalitions.membership.invitation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The token of an invitation link: an HMAC-SHA256 of the invitation's id under the invitations secret, so the
 * link needs no sign-in to be read while nobody can make one for an invitation they were not sent. Compared in
 * constant time.
 */
@Component
class InvitationTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] secret;

	InvitationTokens(InvitationProperties properties) {
		this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
	}

	String sign(String invitationId) {
		return ENCODER.encodeToString(mac(invitationId));
	}

	boolean matches(String invitationId, String token) {
		if (invitationId == null || token == null || token.length() > 100) {
			return false;
		}
		try {
			return MessageDigest.isEqual(DECODER.decode(token), mac(invitationId));
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	/** The path of the link in the web app, as the mail carries it. */
	String linkPath(String invitationId) {
		return "/#/invitations/" + invitationId + "?token=" + sign(invitationId);
	}

	private byte[] mac(String invitationId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			// a purpose before the id: the same secret could never sign anything else that reads the same
			return mac.doFinal(("invitation:" + invitationId).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
