package org.coalitions.web.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who is signed in, for the pages: name and realm roles (to show the secretariat's dashboard link). Only for
 * display: every decision is taken again by the services from the token. Reading it also issues the CSRF cookie.
 */
@RestController
class SessionController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SessionTokens tokens;

	SessionController(SessionTokens tokens) {
		this.tokens = tokens;
	}

	record Session(boolean signedIn, String username, String name, List<String> roles, String csrfHeader) {
	}

	@GetMapping("/session")
	Session session(Authentication authentication, CsrfToken csrf, HttpServletRequest request,
			HttpServletResponse response) {
		// touching the token makes the repository write the XSRF-TOKEN cookie
		String csrfHeader = csrf.getHeaderName();
		csrf.getToken();
		if (!(authentication instanceof OAuth2AuthenticationToken signIn)) {
			return new Session(false, null, null, List.of(), csrfHeader);
		}
		OAuth2User user = signIn.getPrincipal();
		List<String> roles;
		try {
			roles = tokens.accessToken(authentication, request, response).map(SessionController::realmRoles)
				.orElse(List.of());
		}
		catch (SessionTokens.SignInExpiredException ex) {
			// Keycloak ended the session (or it timed out there): end ours too, so the pages offer sign-in
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			return new Session(false, null, null, List.of(), csrfHeader);
		}
		String name = user.getAttribute("name");
		return new Session(true, user.getName(), name == null ? user.getName() : name, roles, csrfHeader);
	}

	/**
	 * The realm roles of an access token the front door got straight from Keycloak's token endpoint (so it is not
	 * verified again here; it is only read to decide which links to show).
	 */
	static List<String> realmRoles(String accessToken) {
		String[] parts = accessToken.split("\\.");
		if (parts.length < 2) {
			return List.of();
		}
		JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		List<String> roles = new ArrayList<>();
		claims.path("realm_access").path("roles").forEach((role) -> roles.add(role.asString()));
		return roles;
	}
}
