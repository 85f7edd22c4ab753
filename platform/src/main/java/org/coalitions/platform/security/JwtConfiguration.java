package org.coalitions.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Keycloak's tokens: how they are decoded and checked (Boot's {@code spring.security.oauth2.resourceserver.jwt.*}
 * properties, see {@link JwtDecoders}), and how realm roles become authorities.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OAuth2ResourceServerProperties.class, SigningKeysProperties.class })
public class JwtConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, SigningKeysProperties keys) {
		return JwtDecoders.of(properties.getJwt(), keys);
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		return KeycloakRoles.jwtAuthenticationConverter();
	}
}
