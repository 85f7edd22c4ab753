package org.coalitions.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.coalitions.contracts.MailOptedOut;
import org.coalitions.platform.security.LinkSignatures;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe links: the token names the person and the kind of mail, and carries the {@link LinkSignatures
 * signature} of both under the service's secret (without a purpose: links in people's mailboxes were signed so), so
 * it works without sign-in and cannot be changed to unsubscribe someone else.
 */
@Component
public class UnsubscribeLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final MailProperties properties;

	private final LinkSignatures signatures;

	UnsubscribeLinks(MailProperties properties) {
		this.properties = properties;
		this.signatures = LinkSignatures.withoutPurpose(properties.unsubscribeSecret());
	}

	/** Who and what a valid token unsubscribes. */
	public record Target(String personId, String kind) {
	}

	public String url(String personId, String kind) {
		return properties.link("/api/unsubscribe?token=" + token(personId, kind));
	}

	public String token(String personId, String kind) {
		String payload = ENCODER.encodeToString(personId.getBytes(StandardCharsets.UTF_8)) + "." + kind;
		return payload + "." + signatures.sign(payload);
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
		if (!signatures.matches(parts[0] + "." + parts[1], parts[2])) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Target(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8), parts[1]));
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}
}
