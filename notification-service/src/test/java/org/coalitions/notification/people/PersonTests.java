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
	void aCoalitionsOwnDigestOverridesTheirDigestForItsNewsOnly() {
		Map<String, Membership> three = Map.of("a", new Membership("MEMBER", T), "b", new Membership("MEMBER", T),
				"c", new Membership("MEMBER", T));
		Person person = new Person("p", "P", "p@x", "UTC", "DAILY", true, three, null, null, "daily-2026-03-09", T,
				null, null, null, Map.of("b", "WEEKLY", "c", "OFF", "gone", "HOURLY"),
				Map.of("WEEKLY", "weekly-2026-03-09"));

		assertThat(person.digestOf("a")).isEqualTo(DigestPreference.DAILY);
		assertThat(person.digestOf("b")).isEqualTo(DigestPreference.WEEKLY);
		assertThat(person.digestOf("c")).isEqualTo(DigestPreference.OFF);
		assertThat(person.digestOf("gone")).as("an unknown value: their digest").isEqualTo(DigestPreference.DAILY);
		assertThat(person.digestOf("not-theirs")).as("a proposal to review, say").isEqualTo(DigestPreference.DAILY);
		assertThat(person.digestFrequencies()).containsExactlyInAnyOrder(DigestPreference.DAILY,
				DigestPreference.WEEKLY);
		assertThat(person.digestDone("weekly-2026-03-09")).isTrue();
		assertThat(person.digestDone("daily-2026-03-09")).as("the mark kept before marks per frequency").isTrue();
		assertThat(person.digestDone("daily-2026-03-10")).isFalse();

		Person offButOne = new Person("p", "P", "p@x", "UTC", "OFF", true, three, null, null, null, T, null, null,
				null, Map.of("a", "WEEKLY"), null);
		assertThat(offButOne.digestFrequencies()).containsExactly(DigestPreference.WEEKLY);
	}

	@Test
	void anUnknownZoneIsUtc() {
		assertThat(new Person("p", null, null, "Mars/Olympus", null, null, null, null, null, null, T, null, null, null,
				null, null).zone())
			.isEqualTo(ZoneOffset.UTC);
	}

	private static Person person(String digest, Map<String, Membership> coalitions) {
		return new Person("p", "P", "p@x", "UTC", digest, true, coalitions, null, null, null, T, null, null, null, null,
				null);
	}
}
