package org.coalitions.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Profile events written before digests per coalition existed still read, as choosing none; new ones keep theirs. */
class ProfileCompatibilityTests {

	@Test
	void aProfileWithoutDigestsPerCoalitionReadsAsChoosingNone() {
		MemberProfileUpdated old = EventJson.read(bytes("""
				{"personId":"u1","displayName":"Ada","email":"ada@example.org","timeZone":"UTC","digest":"WEEKLY",\
				"actionMails":true,"language":"fr"}"""), MemberProfileUpdated.class);

		assertThat(old.digest()).isEqualTo("WEEKLY");
		assertThat(old.language()).isEqualTo("fr");
		assertThat(old.coalitionDigests()).isEmpty();
	}

	@Test
	void digestsPerCoalitionTravelAndComeBack() {
		MemberProfileUpdated profile = new MemberProfileUpdated("u1", "Ada", "ada@example.org", "UTC", null, true,
				null, Map.of("c1", "DAILY", "c2", "OFF"));

		String json = EventJson.write(profile);

		assertThat(json).contains("\"coalitionDigests\":{");
		assertThat(EventJson.read(bytes(json), MemberProfileUpdated.class)).isEqualTo(profile);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}
}
