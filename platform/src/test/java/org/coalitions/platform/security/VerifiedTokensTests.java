package org.coalitions.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.BadJwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class VerifiedTokensTests {

	private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

	private final JwtDecoder signatures = mock(JwtDecoder.class);

	private final MovableClock clock = new MovableClock(NOW);

	private final OAuth2TokenValidator<Jwt> validator = timestamps(clock);

	private final VerifiedTokens tokens = new VerifiedTokens(signatures, validator, clock);

	@Test
	void aTokenIsVerifiedOnceAndThenTakenFromMemory() {
		Jwt jwt = jwt("alice", NOW.plusSeconds(300));
		when(signatures.decode("token-a")).thenReturn(jwt);

		assertThat(tokens.decode("token-a")).isSameAs(jwt);
		assertThat(tokens.decode("token-a")).isSameAs(jwt);
		assertThat(tokens.decode("token-a")).isSameAs(jwt);

		verify(signatures, times(1)).decode("token-a");
	}

	@Test
	void aRememberedTokenStopsWorkingWhenItExpires() {
		when(signatures.decode("token-a")).thenReturn(jwt("alice", NOW.plusSeconds(300)));
		tokens.decode("token-a");

		clock.now = NOW.plusSeconds(300 + 61); // past the validator's 60 s of clock skew

		assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class);
	}

	@Test
	void aRefusedTokenIsNotRememberedAndIsCheckedAgainEachTime() {
		when(signatures.decode(anyString())).thenThrow(new BadJwtException("bad signature"));

		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

		verify(signatures, times(2)).decode("forged");
	}

	@Test
	void anotherTokenIsVerifiedItself() {
		Jwt alice = jwt("alice", NOW.plusSeconds(300));
		Jwt bob = jwt("bob", NOW.plusSeconds(300));
		when(signatures.decode("token-a")).thenReturn(alice);
		when(signatures.decode("token-b")).thenReturn(bob);

		assertThat(tokens.decode("token-a")).isSameAs(alice);
		assertThat(tokens.decode("token-b")).isSameAs(bob);
	}

	@Test
	void theMemoryIsBounded() {
		when(signatures.decode(anyString()))
			.thenAnswer(call -> jwt(call.getArgument(0), NOW.plusSeconds(300)));
		for (int i = 0; i <= VerifiedTokens.MAX; i++) {
			tokens.decode("token-" + i);
		}

		tokens.decode("token-0"); // forgotten when the cache was full: verified again

		verify(signatures, times(2)).decode("token-0");
	}

	private static Jwt jwt(String subject, Instant expiresAt) {
		return Jwt.withTokenValue("t-" + subject)
			.header("alg", "RS256")
			.subject(subject)
			.issuedAt(expiresAt.minusSeconds(600))
			.expiresAt(expiresAt)
			.audience(List.of("coalitions-api"))
			.build();
	}

	private static OAuth2TokenValidator<Jwt> timestamps(Clock clock) {
		JwtTimestampValidator validator = new JwtTimestampValidator();
		validator.setClock(clock);
		return validator;
	}

	private static final class MovableClock extends Clock {

		Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
