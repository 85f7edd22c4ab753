package org.coalitions.coalition.coordination;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Personal calendar addresses: the person's id with an HMAC-SHA256 of it under the calendar secret, so a calendar
 * application can fetch the calendar without sign-in while nobody can make the address of someone else's.
 */
@Component
class CalendarSignatures {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final CalendarProperties properties;

	CalendarSignatures(CalendarProperties properties) {
		this.properties = properties;
	}

	/** The person's private calendar address, absolute (calendar applications fetch it from outside). */
	String url(String personId) {
		return properties.link("/api/calendars/" + personId + ".ics?signature=" + sign(personId));
	}

	String sign(String personId) {
		return ENCODER.encodeToString(mac(personId));
	}

	boolean matches(String personId, String signature) {
		if (personId == null || signature == null || signature.length() > 100) {
			return false;
		}
		try {
			return MessageDigest.isEqual(DECODER.decode(signature), mac(personId));
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	private byte[] mac(String personId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			// a purpose before the id: the same secret could never sign anything else that reads the same
			return mac.doFinal(("calendar:" + personId).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
