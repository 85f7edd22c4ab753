package org.coalitions.membership.profile;

import org.coalitions.platform.security.CurrentUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is signed in, as the token says. Tokens of our Keycloak realm also carry the person's
 * {@code stakeholderGroup} and {@code country} (user attributes); other tokens may not, so both may be null.
 */
public record SignIn(CurrentUser user, String stakeholderGroupClaim, String countryClaim) {

	public static SignIn of(Jwt jwt) {
		return new SignIn(CurrentUser.of(jwt), jwt.getClaimAsString("stakeholderGroup"),
				jwt.getClaimAsString("country"));
	}

	public String id() {
		return user.id();
	}
}
