package org.coalitions.platform.test;

import org.coalitions.platform.security.JwtDecoders;
import org.coalitions.platform.security.JwtSettings;
import org.coalitions.platform.security.KeycloakRoles;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The token side of the platform's security in a slice, which has no auto-configuration of ours: the same
 * decoder (checking {@link TestTokens}' key and issuer) and the same Keycloak role mapping as the services.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiSliceSecurity {

	@Bean
	JwtDecoder jwtDecoder() {
		return JwtDecoders.of(new JwtSettings(TestTokens.ISSUER, null,
				new DefaultResourceLoader().getResource(TestTokens.publicKeyLocation())));
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		return KeycloakRoles.jwtAuthenticationConverter();
	}
}
