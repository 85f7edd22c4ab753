package org.coalitions.platform.test;

import java.time.Duration;
import java.util.List;

import org.coalitions.platform.security.JwtDecoders;
import org.coalitions.platform.security.KeycloakRoles;
import org.coalitions.platform.security.SigningKeysProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The token side of the platform's security in a slice, which has no auto-configuration of ours: the same
 * decoder (checking {@link TestTokens}' key, issuer and audience) and the same Keycloak role mapping as the services.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiSliceSecurity {

	@Bean
	JwtDecoder jwtDecoder() {
		OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
		jwt.setIssuerUri(TestTokens.ISSUER);
		jwt.setAudiences(List.of(TestTokens.AUDIENCE));
		jwt.setPublicKeyLocation(new DefaultResourceLoader().getResource(TestTokens.publicKeyLocation()));
		return JwtDecoders.of(jwt, new SigningKeysProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
				Duration.ofMinutes(5), Duration.ofHours(24)));
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		return KeycloakRoles.jwtAuthenticationConverter();
	}
}
