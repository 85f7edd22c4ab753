package org.coalitions.web.session;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/** The signed-in person's current access token, refreshed when it has expired. */
@Component
public class SessionTokens {

	private final OAuth2AuthorizedClientManager clients;

	SessionTokens(OAuth2AuthorizedClientManager clients) {
		this.clients = clients;
	}

	/**
	 * @return empty for someone not signed in
	 * @throws SignInExpiredException when the token expired and cannot be refreshed (the session ended at Keycloak)
	 */
	public Optional<String> accessToken(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		if (!(authentication instanceof OAuth2AuthenticationToken signIn)) {
			return Optional.empty();
		}
		OAuth2AuthorizedClient client;
		try {
			client = clients.authorize(OAuth2AuthorizeRequest
				.withClientRegistrationId(signIn.getAuthorizedClientRegistrationId())
				.principal(signIn)
				.attribute(HttpServletRequest.class.getName(), request)
				.attribute(HttpServletResponse.class.getName(), response)
				.build());
		}
		catch (ClientAuthorizationException ex) {
			throw new SignInExpiredException(ex);
		}
		if (client == null) {
			throw new SignInExpiredException(null);
		}
		return Optional.of(client.getAccessToken().getTokenValue());
	}

	/** The session's tokens can no longer be used; the person must sign in again. */
	public static class SignInExpiredException extends RuntimeException {

		SignInExpiredException(Exception cause) {
			super("sign-in expired", cause);
		}
	}
}
