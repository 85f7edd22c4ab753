package org.coalitions.platform.security;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the decoder from Boot's resource-server properties ({@code spring.security.oauth2.resourceserver.jwt.*}):
 * signature, expiry, issuer and audience are always checked.
 * <p>
 * Boot builds a decoder from the same properties, but not this one: with a pinned public key it checks no issuer,
 * and its JWK set is fetched again, with nothing to fall back on, whenever its five-minute cache runs out, so a
 * Keycloak that is away for longer locks out every token. Here the set is cached and refreshed ahead in the
 * background, the last one fetched is kept through an outage ({@link SigningKeysProperties}), every fetch is bounded
 * by its time-outs, and a token whose key id is not in the set is refused (401) instead of failing the request. A
 * token's signature is verified once, not on each request ({@link VerifiedTokens}).
 */
public final class JwtDecoders {

	private JwtDecoders() {
	}

	public static JwtDecoder of(OAuth2ResourceServerProperties.Jwt jwt, SigningKeysProperties keys) {
		String issuer = jwt.getIssuerUri();
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalStateException(
					"spring.security.oauth2.resourceserver.jwt.issuer-uri must be set (KEYCLOAK_ISSUER_URI)");
		}
		OAuth2TokenValidator<Jwt> validator = validator(issuer, jwt.getAudiences());
		if (jwt.getPublicKeyLocation() != null) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(readKey(jwt.getPublicKeyLocation())).build();
			decoder.setJwtValidator(validator);
			return new VerifiedTokens(decoder, validator, Clock.systemUTC());
		}
		if (jwt.getJwkSetUri() == null || jwt.getJwkSetUri().isBlank()) {
			throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jwk-set-uri or "
					+ "public-key-location must be set (KEYCLOAK_JWK_SET_URI)");
		}
		RealmKeys realmKeys = new RealmKeys(jwkSource(jwt.getJwkSetUri(), keys));
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(realmKeys).build();
		decoder.setJwtValidator(validator);
		return new ClosingDecoder(new VerifiedTokens(decoder, validator, Clock.systemUTC()), realmKeys);
	}

	/** Expiry and not-before (Spring's default), the issuer, and one of the audiences when any are configured. */
	static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new JwtIssuerValidator(issuer));
		if (audiences != null && !audiences.isEmpty()) {
			validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
					aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
		}
		return JwtValidators.createDefaultWithValidators(validators);
	}

	private static JWKSource<SecurityContext> jwkSource(String jwkSetUri, SigningKeysProperties keys) {
		long tenth = keys.lifespan().toMillis() / 10;
		int connect = (int) keys.connectTimeout().toMillis();
		int read = (int) keys.readTimeout().toMillis();
		try {
			return JWKSourceBuilder
				.create(URI.create(jwkSetUri).toURL(), new DefaultResourceRetriever(connect, read, 256 * 1024))
				// a request waits for another's fetch at most as long as one fetch may take
				.cache(keys.lifespan().toMillis(), connect + read)
				.refreshAheadCache(tenth, false)
				.rateLimited(tenth)
				.outageTolerant(Math.max(keys.outageTolerance().toMillis(), keys.lifespan().toMillis() + 1))
				.build();
		}
		catch (MalformedURLException | IllegalArgumentException ex) {
			throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jwk-set-uri is not a URL: "
					+ jwkSetUri, ex);
		}
	}

	private static RSAPublicKey readKey(Resource location) {
		try (InputStream in = location.getInputStream()) {
			return RsaKeyConverters.x509().convert(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the public key at " + location, ex);
		}
	}

	/**
	 * The realm's keys. A key id that is not in the set makes the cache fetch it again at once, but at most once per
	 * rate-limit interval; a second unknown key id within it is simply not found, and its token refused, instead of
	 * the limit's exception failing the request as if Keycloak were away.
	 */
	private record RealmKeys(JWKSource<SecurityContext> source) implements JWKSource<SecurityContext>, Closeable {

		@Override
		public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
			try {
				return source.get(selector, context);
			}
			catch (RateLimitReachedException ex) {
				return List.of();
			}
		}

		@Override
		public void close() throws IOException {
			if (source instanceof Closeable closeable) {
				closeable.close();
			}
		}
	}

	/** Stops the cache's background refresh with the application context. */
	private record ClosingDecoder(JwtDecoder decoder, Closeable keys) implements JwtDecoder, AutoCloseable {

		@Override
		public Jwt decode(String token) throws JwtException {
			return decoder.decode(token);
		}

		@Override
		public void close() throws IOException {
			keys.close();
		}
	}
}
