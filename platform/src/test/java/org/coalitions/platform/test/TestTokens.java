package org.coalitions.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs JWTs shaped like Keycloak's (subject, name, email, {@code realm_access.roles}, the {@code coalitions-api}
 * audience, a key id) with a key pair made for this test JVM; services under test validate them with the public key,
 * exactly as they validate Keycloak's. Tests against a real Keycloak use its tokens instead.
 */
public final class TestTokens {

	public static final String ISSUER = "http://issuer.test/realms/coalitions";

	/** The audience the services require, which the realm's clients add to their access tokens. */
	public static final String AUDIENCE = "coalitions-api";

	/** The id of this JVM's test key in its {@link #jwkSet() JWK set}. */
	public static final String KEY_ID = "test-key";

	private static final KeyPair KEYS = generate();

	/** A key no service knows, for tokens the realm did not sign. */
	private static final KeyPair OTHER_KEYS = generate();

	private static Path publicKeyFile;

	private TestTokens() {
	}

	/** A token for a person with the given realm roles, valid for an hour. */
	public static String of(String userId, String name, String... roles) {
		return sign(userId, name, userId + "@coalitions.example", List.of(roles), Instant.now().plus(Duration.ofHours(1)));
	}

	public static String sign(String userId, String name, String email, List<String> roles, Instant expiresAt) {
		return sign(ISSUER, userId, name, email, roles, expiresAt);
	}

	/** A token from the given issuer, signed with this JVM's test key. */
	public static String sign(String issuer, String userId, String name, String email, List<String> roles,
			Instant expiresAt) {
		return sign(claims(issuer, userId, name, email, roles, expiresAt).audience(AUDIENCE), KEYS, KEY_ID);
	}

	/** A token like {@link #of}'s but meant for no audience at all (as the realm's tokens were before its mapper). */
	public static String withoutAudience(String userId, String name, String... roles) {
		return sign(claims(ISSUER, userId, name, userId + "@coalitions.example", List.of(roles),
				Instant.now().plus(Duration.ofHours(1))), KEYS, KEY_ID);
	}

	/** A token like {@link #of}'s but signed with a key no service knows, under a key id no JWK set holds. */
	public static String signedWithUnknownKey(String userId, String name, String... roles) {
		return sign(claims(ISSUER, userId, name, userId + "@coalitions.example", List.of(roles),
				Instant.now().plus(Duration.ofHours(1))).audience(AUDIENCE), OTHER_KEYS, "unknown-key");
	}

	/** This JVM's test key as a JWK set (its public half, under {@link #KEY_ID}), as the realm publishes its keys. */
	public static String jwkSet() {
		return new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KEY_ID)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build()).toString();
	}

	private static JWTClaimsSet.Builder claims(String issuer, String userId, String name, String email,
			List<String> roles, Instant expiresAt) {
		return new JWTClaimsSet.Builder().issuer(issuer)
			.subject(userId)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(Instant.now().minusSeconds(5)))
			.expirationTime(Date.from(expiresAt))
			.claim("name", name)
			.claim("preferred_username", userId)
			.claim("email", email)
			.claim("azp", "coalitions-cli")
			.claim("realm_access", Map.of("roles", roles));
	}

	private static String sign(JWTClaimsSet.Builder claims, KeyPair keys, String keyId) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims.build());
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** The public key as a PEM file, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
	public static synchronized String publicKeyLocation() {
		if (publicKeyFile == null) {
			try {
				publicKeyFile = Files.createTempFile("jwt-public-", ".pem");
				publicKeyFile.toFile().deleteOnExit();
				String body = Base64.getMimeEncoder(64, "\n".getBytes())
					.encodeToString(KEYS.getPublic().getEncoded());
				Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return "file:" + publicKeyFile;
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
