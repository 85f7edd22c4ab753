package org.coalitions.notification.people;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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
 */
@Document(Person.COLLECTION)
public record Person(@Id String id, String displayName, String email, String timeZone, String digest,
		Boolean actionMails, Map<String, Membership> coalitions, Instant readBefore, List<String> readIds,
		String lastDigestKey, Instant createdAt, Boolean secretariat, String language) {

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
