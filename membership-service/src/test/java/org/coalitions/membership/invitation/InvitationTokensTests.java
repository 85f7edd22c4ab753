package org.coalitions.membership.invitation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The invitation link's token: signed with the secret, checked exactly. */
class InvitationTokensTests {

	static final String SECRET = "a-test-secret-of-at-least-32-characters!";

	final InvitationTokens tokens = new InvitationTokens(new InvitationProperties(SECRET));

	@Test
	void aTokenMatchesItsInvitationOnly() {
		String token = tokens.sign("i1");

		assertThat(tokens.matches("i1", token)).isTrue();
		assertThat(tokens.matches("i2", token)).isFalse();
		assertThat(tokens.linkPath("i1")).isEqualTo("/#/invitations/i1?token=" + token);
	}

	@Test
	void aTamperedTokenDoesNotMatch() {
		String token = tokens.sign("i1");
		// the first character: all its bits count (the last one's lowest bits are padding)
		String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

		assertThat(tokens.matches("i1", tampered)).isFalse();
		assertThat(tokens.matches("i1", "")).isFalse();
		assertThat(tokens.matches("i1", "not base64 at all!")).isFalse();
		assertThat(tokens.matches("i1", null)).isFalse();
		assertThat(tokens.matches("i1", "x".repeat(200))).isFalse();
	}

	@Test
	void anotherSecretMakesAnotherToken() {
		InvitationTokens other = new InvitationTokens(new InvitationProperties(SECRET.replace('a', 'b')));

		assertThat(other.matches("i1", tokens.sign("i1"))).isFalse();
	}
}
