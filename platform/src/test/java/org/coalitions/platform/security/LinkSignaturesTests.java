package org.coalitions.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LinkSignaturesTests {

	final LinkSignatures invitations = LinkSignatures.forPurpose("s3cret", "invitation");

	@Test
	void aSignatureIsTheHmacOfThePurposeAndTheValueInUrlSafeBase64() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(mac.doFinal("invitation:abc".getBytes(StandardCharsets.UTF_8)));

		assertThat(invitations.sign("abc")).isEqualTo(expected).hasSize(43).doesNotContain("=", "+", "/");
		assertThat(LinkSignatures.withoutPurpose("s3cret").sign("invitation:abc")).isEqualTo(expected);
	}

	@Test
	void onlyTheValuesOwnSignatureUnderTheSameSecretAndPurposeMatches() {
		String signature = invitations.sign("abc");

		assertThat(invitations.matches("abc", signature)).isTrue();
		assertThat(invitations.matches("abd", signature)).isFalse();
		assertThat(LinkSignatures.forPurpose("s3cret", "calendar").matches("abc", signature)).isFalse();
		assertThat(LinkSignatures.forPurpose("other", "invitation").matches("abc", signature)).isFalse();
	}

	@Test
	void missingMalformedAndOverlongSignaturesDoNotMatch() {
		assertThat(invitations.matches("abc", null)).isFalse();
		assertThat(invitations.matches(null, invitations.sign("abc"))).isFalse();
		assertThat(invitations.matches("abc", "not base64 at all!")).isFalse();
		assertThat(invitations.matches("abc", "")).isFalse();
		assertThat(invitations.matches("abc", "A".repeat(101))).isFalse();
	}

	@Test
	void aSecretIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> LinkSignatures.forPurpose("", "calendar"));
		assertThatIllegalArgumentException().isThrownBy(() -> LinkSignatures.withoutPurpose(null));
	}
}
