package org.coalitions.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How services check tokens.
 * @param issuerUri the Keycloak realm; its keys are fetched from its discovery document on first use, and
 * every token's {@code iss} must equal it
 * @param jwkSetUri optional: where to fetch the realm's keys when the issuer's address does not reach Keycloak
 * from this service (inside docker compose)
 * @param publicKeyLocation optional: a PEM public key to check signatures with instead of fetching the realm's
 * keys (pinned keys; tests use it)
 */
@ConfigurationProperties("coalitions.security.jwt")
public record JwtSettings(String issuerUri, String jwkSetUri, Resource publicKeyLocation) {
}
