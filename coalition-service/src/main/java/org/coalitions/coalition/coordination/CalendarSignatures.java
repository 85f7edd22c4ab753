package org.coalitions.coalition.coordination;

import org.coalitions.platform.security.LinkSignatures;
import org.springframework.stereotype.Component;

/**
 * Personal calendar addresses: the person's id with its {@link LinkSignatures signature} under the calendar secret,
 * so a calendar application can fetch the calendar without sign-in while nobody can make the address of someone
 * else's.
 */
@Component
class CalendarSignatures {

	private final CalendarProperties properties;

	private final LinkSignatures signatures;

	CalendarSignatures(CalendarProperties properties) {
		this.properties = properties;
		this.signatures = LinkSignatures.forPurpose(properties.secret(), "calendar");
	}

	/** The person's private calendar address, absolute (calendar applications fetch it from outside). */
	String url(String personId) {
		return properties.link("/api/calendars/" + personId + ".ics?signature=" + sign(personId));
	}

	String sign(String personId) {
		return signatures.sign(personId);
	}

	boolean matches(String personId, String signature) {
		return signatures.matches(personId, signature);
	}
}
