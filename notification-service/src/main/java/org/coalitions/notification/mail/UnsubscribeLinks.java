package org.coalitions.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.coalitions.contracts.MailOptedOut;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe links: the token names the person and the kind of mail, and carries an HMAC-SHA256 of
 * both under the service's secret, so it works without sign-in and cannot be changed to unsubscribe someone
 * else.
 */
@Component
public class UnsubscribeLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final MailProperties properties;

	UnsubscribeLinks(MailProperties properties) {
		this.properties = properties;
	}

	/** Who and what a valid token unsubscribes. */
	public record Target(String personId, String kind) {
	}

	public String url(String personId, String kind) {
		return properties.link("/api/unsubscribe?token=" + token(personId, kind));
	}

	public String token(String personId, String kind) {
		String payload = ENCODER.encodeToString(personId.getBytes(StandardCharsets.UTF_8)) + "." + kind;
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The target of a token, or empty when it is malformed or its signature does not match. */
	public Optional<Target> verify(String token) {
		if (token == null || token.length() > 1000) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || !(MailOptedOut.DIGEST.equals(parts[1]) || MailOptedOut.ACTION.equals(parts[1]))) {
			return Optional.empty();
		}
		try {
			byte[] given = DECODER.decode(parts[2]);
			if (!MessageDigest.isEqual(given, mac(parts[0] + "." + parts[1]))) {
				return Optional.empty();
			}
			return Optional.of(new Target(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8), parts[1]));
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
