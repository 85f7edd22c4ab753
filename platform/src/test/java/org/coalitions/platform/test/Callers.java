package org.coalitions.platform.test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.coalitions.platform.security.KeycloakRoles;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Signed-in callers for slices: a Keycloak-shaped token (subject, name, email, {@code realm_access.roles}) whose
 * authorities come from the production mapping, {@code KeycloakRoles}, so a slice sees the roles production sees.
 */
public final class Callers {

	private static final Converter<Jwt, Collection<GrantedAuthority>> KEYCLOAK_ROLES = jwt -> List
		.copyOf(KeycloakRoles.jwtAuthenticationConverter().convert(jwt).getAuthorities());

	private Callers() {
	}

	/** A person with these realm roles (none: an ordinary signed-in person). */
	public static JwtRequestPostProcessor person(String id, String... roles) {
		return SecurityMockMvcRequestPostProcessors.jwt()
			.jwt(token -> token.subject(id)
				.claim("name", "Name of " + id)
				.claim("preferred_username", id)
				.claim("email", id + "@coalitions.example")
				.claim("realm_access", Map.of("roles", List.of(roles))))
			.authorities(KEYCLOAK_ROLES);
	}

	public static JwtRequestPostProcessor secretariat(String id) {
		return person(id, KeycloakRoles.SECRETARIAT);
	}
}
