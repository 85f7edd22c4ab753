package org.coalitions.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in person, as the token names them. */
public record CurrentUser(String id, String name, String email, boolean secretariat) {

	/** The caller of an endpoint anyone may call: null when the request came without a token. */
	public static CurrentUser ifSignedIn(Jwt jwt) {
		return jwt == null ? null : of(jwt);
	}

	public static CurrentUser of(Jwt jwt) {
		String name = jwt.getClaimAsString("name");
		if (name == null || name.isBlank()) {
			name = jwt.getClaimAsString("preferred_username");
		}
		boolean secretariat = KeycloakRoles.authorities(jwt)
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + KeycloakRoles.SECRETARIAT));
		return new CurrentUser(jwt.getSubject(), name == null ? jwt.getSubject() : name,
				jwt.getClaimAsString("email"), secretariat);
	}
}
