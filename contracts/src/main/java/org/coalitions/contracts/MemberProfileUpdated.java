package org.coalitions.contracts;

import java.util.Map;

/**
 * A person's profile was made or changed: what mailing them needs. {@code digest} is DAILY, WEEKLY, OFF, or
 * null for the default of the person's role (coordinators DAILY, members WEEKLY); {@code timeZone} is an IANA
 * zone id. {@code language}: the {@link Language} tag the person's mails, digests and feed are written in (the
 * one they chose, else the one their browser asked for when they last signed in); null (also in events from
 * before it was added): English. {@code coalitionDigests}: the digest frequency (a {@link DigestPreference}
 * name) the person chose for some of their coalitions, by coalition id, overriding {@code digest} for that
 * coalition's news; empty (also in events from before it was added): none. Produced by membership-service, which
 * owns profiles.
 */
public record MemberProfileUpdated(String personId, String displayName, String email, String timeZone,
		String digest, boolean actionMails, String language, Map<String, String> coalitionDigests)
		implements PersonEvent {

	public MemberProfileUpdated {
		coalitionDigests = coalitionDigests == null ? Map.of() : Map.copyOf(coalitionDigests);
	}

	/** A profile with no digest chosen per coalition. */
	public MemberProfileUpdated(String personId, String displayName, String email, String timeZone, String digest,
			boolean actionMails, String language) {
		this(personId, displayName, email, timeZone, digest, actionMails, language, Map.of());
	}
}
