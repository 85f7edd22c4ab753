package org.coalitions.notification.people;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.coalitions.contracts.DigestPreference;
import org.coalitions.notification.people.Person.Membership;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTests {

	static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void theDigestDefaultsByRoleUnlessChosen() {
		assertThat(person(null, Map.of("c", new Membership("MEMBER", T))).effectiveDigest())
			.isEqualTo(DigestPreference.WEEKLY);
		assertThat(person(null, Map.of("c", new Membership("COORDINATOR", T))).effectiveDigest())
			.isEqualTo(DigestPreference.DAILY);
		assertThat(person("OFF", Map.of("c", new Membership("COORDINATOR", T))).effectiveDigest())
			.isEqualTo(DigestPreference.OFF);
		assertThat(person("HOURLY", Map.of()).effectiveDigest()).as("an unknown value").isEqualTo(DigestPreference.WEEKLY);
	}

	@Test
	void anUnknownZoneIsUtc() {
		assertThat(new Person("p", null, null, "Mars/Olympus", null, null, null, null, null, null, T, null, null).zone())
			.isEqualTo(ZoneOffset.UTC);
	}

	private static Person person(String digest, Map<String, Membership> coalitions) {
		return new Person("p", "P", "p@x", "UTC", digest, true, coalitions, null, null, null, T, null, null);
	}
}
