package org.coalitions.contracts;

/**
 * A person's profile was made or changed: what mailing them needs. {@code digest} is DAILY, WEEKLY, OFF, or
 * null for the default of the person's role (coordinators DAILY, members WEEKLY); {@code timeZone} is an IANA
 * zone id. {@code language}: the {@link Language} tag the person's mails, digests and feed are written in (the
 * one they chose, else the one their browser asked for when they last signed in); null (also in events from
 * before it was added): English. Produced by membership-service, which owns profiles.
 */
public record MemberProfileUpdated(String personId, String displayName, String email, String timeZone,
		String digest, boolean actionMails, String language) implements PersonEvent {
}
