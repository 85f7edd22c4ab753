package org.coalitions.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** Keycloak's tokens: how they are decoded and checked, and how realm roles become authorities. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtSettings.class)
public class JwtConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(JwtSettings settings) {
		return JwtDecoders.of(settings);
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		return KeycloakRoles.jwtAuthenticationConverter();
	}
}
