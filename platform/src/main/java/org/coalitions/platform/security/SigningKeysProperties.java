package org.coalitions.platform.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the realm's signing keys (its JWK set, at {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}) are
 * fetched and kept, so that a Keycloak that is away neither hangs a request nor locks out tokens signed with keys
 * the service already knows.
 * @param connectTimeout how long a fetch waits to connect to Keycloak
 * @param readTimeout how long a fetch waits for Keycloak's answer once connected
 * @param lifespan how long a fetched set is used before it is fetched again; it is refreshed in the background a
 * tenth of this before it runs out, and a token with a key id not in the set fetches it at once, at most once per
 * tenth of this (rotated keys are picked up on first use)
 * @param outageTolerance how long the last fetched set keeps being used while Keycloak cannot be reached
 */
@ConfigurationProperties("coalitions.security.signing-keys")
@Validated
public record SigningKeysProperties(@DefaultValue("1s") @NotNull Duration connectTimeout,
		@DefaultValue("1s") @NotNull Duration readTimeout, @DefaultValue("5m") @NotNull Duration lifespan,
		@DefaultValue("24h") @NotNull Duration outageTolerance) {
}
