package org.coalitions.notification.people;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.Language;
import org.coalitions.contracts.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person as notification-service knows them. {@code digest} is their own choice (DAILY, WEEKLY, OFF) or
 * null for the default of their role. {@code readBefore} and {@code readIds} are the feed's read marks: every
 * entry up to {@code readBefore}, and the ones read one by one after it. {@code secretariat}: their token had the
 * secretariat's role when they last signed in (the feed shows them the proposals to review). {@code language}:
 * the tag of the language their mails and feed are written in, as their profile says (null: English).
 * {@code mutedThreads}: the threads they muted, of which nothing reaches their feed or mails.
 * {@code coalitionDigests}: the digest (a {@link DigestPreference} name) they chose for some of their coalitions, by
 * coalition id, overriding {@code digest} for that coalition's news. {@code digestsDone}: the digest period last
 * dealt with per frequency (DAILY, WEEKLY), by its key; {@code lastDigestKey} is the one mark kept before there
 * was a mark per frequency, still honoured.
 */
@Document(Person.COLLECTION)
public record Person(@Id String id, String displayName, String email, String timeZone, String digest,
		Boolean actionMails, Map<String, Membership> coalitions, Instant readBefore, List<String> readIds,
		String lastDigestKey, Instant createdAt, Boolean secretariat, String language, List<String> mutedThreads,
		Map<String, String> coalitionDigests, Map<String, String> digestsDone) {

	public static final String COLLECTION = "people";

	public static final String COORDINATOR = Role.COORDINATOR.name();

	/** A person's place in one coalition, since when. */
	public record Membership(String role, Instant since) {

		public boolean coordinator() {
			return COORDINATOR.equals(role);
		}
	}

	public Person {
		coalitions = coalitions == null ? Map.of() : Map.copyOf(coalitions);
		readIds = readIds == null ? List.of() : List.copyOf(readIds);
		mutedThreads = mutedThreads == null ? List.of() : List.copyOf(mutedThreads);
		coalitionDigests = coalitionDigests == null ? Map.of() : Map.copyOf(coalitionDigests);
		digestsDone = digestsDone == null ? Map.of() : Map.copyOf(digestsDone);
	}

	public boolean muted(String threadId) {
		return threadId != null && mutedThreads.contains(threadId);
	}

	public boolean coordinatesAny() {
		return coalitions.values().stream().anyMatch(Membership::coordinator);
	}

	public boolean coordinates(String coalitionId) {
		Membership membership = coalitions.get(coalitionId);
		return membership != null && membership.coordinator();
	}

	/** The digest that applies: their choice, else DAILY for coordinators and WEEKLY for members. */
	public DigestPreference effectiveDigest() {
		if (digest != null) {
			try {
				return DigestPreference.valueOf(digest);
			}
			catch (IllegalArgumentException ex) {
				// an unknown value from a newer producer: fall back to the default
			}
		}
		return coordinatesAny() ? DigestPreference.DAILY : DigestPreference.WEEKLY;
	}

	/**
	 * The digest a coalition's news goes into: the one the person chose for it, else their own digest (also for
	 * entries of coalitions they are not a member of: the secretariat's proposals to review, a join decision).
	 */
	public DigestPreference digestOf(String coalitionId) {
		String chosen = coalitionDigests.get(coalitionId);
		if (chosen != null) {
			try {
				return DigestPreference.valueOf(chosen);
			}
			catch (IllegalArgumentException ex) {
				// an unknown value from a newer producer: their own digest
			}
		}
		return effectiveDigest();
	}

	/**
	 * The digests the person gets: their own one and those chosen for some of their coalitions, OFF aside. A daily
	 * reader with one coalition on weekly gets both: the daily digest without that coalition, the weekly with it.
	 */
	public Set<DigestPreference> digestFrequencies() {
		Set<DigestPreference> frequencies = EnumSet.noneOf(DigestPreference.class);
		frequencies.add(effectiveDigest());
		coalitions.keySet().forEach(coalitionId -> frequencies.add(digestOf(coalitionId)));
		frequencies.remove(DigestPreference.OFF);
		return frequencies;
	}

	/** Whether the digest period with this key (which names its frequency) was dealt with. */
	public boolean digestDone(String periodKey) {
		return periodKey.equals(lastDigestKey) || digestsDone.containsValue(periodKey);
	}

	public boolean isSecretariat() {
		return Boolean.TRUE.equals(secretariat);
	}

	public boolean wantsActionMails() {
		return actionMails == null || actionMails;
	}

	public boolean mailable() {
		return email != null && !email.isBlank();
	}

	/** Their zone, UTC when unset or unknown. */
	public ZoneId zone() {
		if (timeZone == null || timeZone.isBlank()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

	/** The language their mails, digests and feed are written in: their profile's, else English. */
	public Language writesIn() {
		return Language.of(language).orElse(Language.EN);
	}

	public String name() {
		return displayName == null || displayName.isBlank() ? id : displayName;
	}
}
