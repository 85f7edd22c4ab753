package org.coalitions.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A token whose signature was verified once is not verified again on each request: checking an RSA signature was
 * about a tenth of coalition-service's CPU under load, for the same few tokens over and over. The claims are still
 * validated on every use (expiry first), so a cached token stops working when it expires, as it would without the
 * cache. A token is remembered until it expires; the cache forgets everything when it grows past {@link #MAX}
 * tokens. A signing key the realm drops does not revoke the tokens already verified with it before their expiry
 * (Keycloak keeps a rotated key's tokens valid too).
 */
final class VerifiedTokens implements JwtDecoder {

	static final int MAX = 10_000;

	private final JwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Clock clock) {
		this.decoder = decoder;
		this.validator = validator;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = verified.get(token);
		if (known != null) {
			OAuth2TokenValidatorResult result = validator.validate(known);
			if (!result.hasErrors()) {
				return known;
			}
			verified.remove(token);
			throw new JwtValidationException("The token is not valid any more", result.getErrors());
		}
		Jwt jwt = decoder.decode(token); // signature and claims
		if (jwt.getExpiresAt() != null) {
			if (verified.size() >= MAX) {
				forgetExpired();
			}
			verified.put(token, jwt);
		}
		return jwt;
	}

	private void forgetExpired() {
		Instant now = clock.instant();
		verified.values().removeIf(jwt -> jwt.getExpiresAt().isBefore(now));
		if (verified.size() >= MAX) {
			verified.clear();
		}
	}
}
