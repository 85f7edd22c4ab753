package org.coalitions.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures of links that work without sign-in (an invitation, a personal calendar, an unsubscribe link): an
 * HMAC-SHA256 of the value under a secret, in URL-safe Base64 without padding, so nobody can make the link of a
 * value they were not sent. A purpose goes before the value ({@code "invitation:" + id}), so one secret could never
 * sign anything else that reads the same. Checked in constant time; a malformed or overlong signature simply does
 * not match.
 */
public final class LinkSignatures {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** Longer than any signature this makes (43 characters), short enough that checking one costs nothing. */
	private static final int LONGEST = 100;

	private final SecretKeySpec key;

	private final String prefix;

	private LinkSignatures(String secret, String prefix) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("a link signature needs a secret");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.prefix = prefix;
	}

	/** Signatures of {@code purpose + ":" + value}. */
	public static LinkSignatures forPurpose(String secret, String purpose) {
		return new LinkSignatures(secret, purpose + ":");
	}

	/**
	 * Signatures of the value alone, for links mailed before purposes were added (the unsubscribe links, whose value
	 * names the kind of mail already): changing what they sign would break every link in people's mailboxes.
	 */
	public static LinkSignatures withoutPurpose(String secret) {
		return new LinkSignatures(secret, "");
	}

	public String sign(String value) {
		return ENCODER.encodeToString(mac(value));
	}

	/** Whether the signature is the value's; false for a missing, overlong or malformed one. */
	public boolean matches(String value, String signature) {
		if (value == null || signature == null || signature.length() > LONGEST) {
			return false;
		}
		try {
			return MessageDigest.isEqual(DECODER.decode(signature), mac(value));
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	private byte[] mac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal((prefix + value).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
