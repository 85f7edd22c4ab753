package org.coalitions.web.session;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.coalitions.contracts.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Keycloak's sign-in pages in the pages' language: the one the pages were last shown in (their script keeps it in
 * the {@value #COOKIE} cookie), else the browser's best of the six; it travels as OpenID Connect's
 * {@code ui_locales}. Keycloak's theme names Chinese
 * {@code zh-Hans} (its realm's {@code supportedLocales} say the same), the others by their plain tag.
 */
final class SignInLanguage implements OAuth2AuthorizationRequestResolver {

	/** Set by {@code static/js/i18n.js}. */
	static final String COOKIE = "coalitions-language";

	private final DefaultOAuth2AuthorizationRequestResolver resolver;

	SignInLanguage(ClientRegistrationRepository registrations) {
		this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return withLanguage(resolver.resolve(request), request);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return withLanguage(resolver.resolve(request, clientRegistrationId), request);
	}

	private static Optional<Language> pagesLanguage(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		return Arrays.stream(request.getCookies())
			.filter((cookie) -> COOKIE.equals(cookie.getName()))
			.findFirst()
			.flatMap((cookie) -> Language.of(cookie.getValue()));
	}

	/** The tag Keycloak's theme knows that language by. */
	static String keycloakTag(Language language) {
		return language == Language.ZH ? "zh-Hans" : language.tag();
	}

	private static OAuth2AuthorizationRequest withLanguage(OAuth2AuthorizationRequest authorization,
			HttpServletRequest request) {
		if (authorization == null) {
			return null;
		}
		Language language = pagesLanguage(request)
			.orElseGet(() -> Language.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		return OAuth2AuthorizationRequest.from(authorization)
			.additionalParameters((parameters) -> parameters.put("ui_locales", keycloakTag(language)))
			.build();
	}
}
