package org.coalitions.membership.profile;

import java.time.Instant;

import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.platform.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** How profiles are made from tokens and proposals, and what the person's own choices are worth. */
class MemberProfileTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Test
	void ourRealmsTokensCarryGroupAndCountrySoTheFirstProfileIsComplete() {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("alice")
			.claim("name", "Alice Wanjiru")
			.claim("email", "alice@coalitions.example")
			.claim("stakeholderGroup", "CIVIL_SOCIETY")
			.claim("country", "KE")
			.build();

		MemberProfile profile = MemberProfile.fromSignIn(SignIn.of(jwt), NOW);

		assertThat(profile.getId()).isEqualTo("alice");
		assertThat(profile.getDisplayName()).isEqualTo("Alice Wanjiru");
		assertThat(profile.getEmail()).isEqualTo("alice@coalitions.example");
		assertThat(profile.getStakeholderGroup()).isEqualTo(StakeholderGroup.CIVIL_SOCIETY);
		assertThat(profile.getCountry()).isEqualTo("KE");
		assertThat(profile.isComplete()).isTrue();
	}

	@Test
	void startsWithTheDocumentedDefaults() {
		MemberProfile profile = MemberProfile.fromSignIn(signIn("bo", null, null), NOW);

		assertThat(profile.isComplete()).isFalse();
		assertThat(profile.getDigest()).as("null: the default of the role").isNull();
		assertThat(profile.isEmailVisibleToCoordinators()).isFalse();
		assertThat(profile.isActionMails()).isTrue();
		assertThat(profile.getTimeZone()).isEqualTo("UTC");
	}

	@Test
	void aCoalitionsOwnDigestIsPublishedAndUnsubscribingFromTheDigestEndsEveryDigest() {
		MemberProfile profile = MemberProfile.fromSignIn(signIn("bo", null, null), NOW);

		assertThat(profile.chooseCoalitionDigest("c1", DigestPreference.DAILY, NOW)).isTrue();
		assertThat(profile.chooseCoalitionDigest("c1", DigestPreference.DAILY, NOW)).as("the same again").isFalse();
		assertThat(profile.chooseCoalitionDigest("c2", DigestPreference.OFF, NOW)).isTrue();
		assertThat(profile.contact().coalitionDigests()).isEqualTo(java.util.Map.of("c1", "DAILY", "c2", "OFF"));
		assertThat(profile.chooseCoalitionDigest("c2", null, NOW)).as("back to the default").isTrue();
		assertThat(profile.chooseCoalitionDigest("c3", null, NOW)).as("it was the default").isFalse();
		assertThat(profile.contact().coalitionDigests()).isEqualTo(java.util.Map.of("c1", "DAILY"));

		assertThat(profile.optOut(org.coalitions.contracts.MailOptedOut.DIGEST, NOW)).isTrue();
		assertThat(profile.getDigest()).isEqualTo(DigestPreference.OFF);
		assertThat(profile.contact().coalitionDigests()).as("a coalition's own digest would go on mailing").isEmpty();
	}

	@Test
	void claimsAreReadLenientlyAndNonsenseIsIgnored() {
		assertThat(MemberProfile.fromSignIn(signIn("a", "civil society", "ke"), NOW))
			.satisfies(profile -> assertThat(profile.getStakeholderGroup()).isEqualTo(StakeholderGroup.CIVIL_SOCIETY))
			.satisfies(profile -> assertThat(profile.getCountry()).isEqualTo("KE"));
		assertThat(MemberProfile.fromSignIn(signIn("b", "martians", "XX"), NOW))
			.satisfies(profile -> assertThat(profile.getStakeholderGroup()).isNull())
			.satisfies(profile -> assertThat(profile.getCountry()).isNull());
	}

	@Test
	void aProposersProfileIsCompletedFromTheirFirstSignInOnly() {
		MemberProfile profile = MemberProfile.minimal("pat", "Pat", NOW);
		assertThat(profile.isComplete()).isFalse();

		assertThat(profile.signedIn(signIn("pat", "GOVERNMENT", "BR"), NOW)).isTrue();
		assertThat(profile.getStakeholderGroup()).isEqualTo(StakeholderGroup.GOVERNMENT);
		assertThat(profile.getCountry()).isEqualTo("BR");

		profile.update(new UpdateProfile("Pat", "ACADEMIC_COMMUNITY", "AR", null, "UTC", null, true, false, null), NOW);
		assertThat(profile.signedIn(signIn("pat", "GOVERNMENT", "BR"), NOW)).isFalse();
		assertThat(profile.getStakeholderGroup()).isEqualTo(StakeholderGroup.ACADEMIC_COMMUNITY);
		assertThat(profile.getCountry()).isEqualTo("AR");
	}

	@Test
	void theEmailFollowsTheToken() {
		MemberProfile profile = MemberProfile.fromSignIn(signIn("c", null, null), NOW);
		SignIn moved = new SignIn(new CurrentUser("c", "C", "c@new.example", false), null, null);

		assertThat(profile.signedIn(moved, NOW)).isTrue();
		assertThat(profile.getEmail()).isEqualTo("c@new.example");
	}

	@Test
	void theDigestDefaultsByRoleUnlessChosen() {
		MemberProfile profile = MemberProfile.fromSignIn(signIn("d", "GOVERNMENT", "FR"), NOW);
		assertThat(ProfileView.of(profile, true).effectiveDigest()).isEqualTo(DigestPreference.DAILY);
		assertThat(ProfileView.of(profile, false).effectiveDigest()).isEqualTo(DigestPreference.WEEKLY);

		profile.update(new UpdateProfile("D", "GOVERNMENT", "fr", "Ministry", "Europe/Paris", "OFF", false, true, null), NOW);
		assertThat(ProfileView.of(profile, true).effectiveDigest()).isEqualTo(DigestPreference.OFF);
		assertThat(profile.getCountry()).isEqualTo("FR");
	}

	private static SignIn signIn(String id, String group, String country) {
		return new SignIn(new CurrentUser(id, id.toUpperCase(), id + "@coalitions.example", false), group, country);
	}
}
