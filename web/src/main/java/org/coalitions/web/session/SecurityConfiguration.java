package org.coalitions.web.session;

import java.net.URI;
import java.util.Map;

import org.coalitions.web.WebProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in with Keycloak, sign-out that also ends the Keycloak session, and CSRF protection.
 * <p>
 * Every page and every API path is open at the front door: what a person may see or do is decided by the services,
 * from the access token the proxy adds. The client registration is built here from the issuer instead of read from
 * Keycloak's discovery document at start-up, so the front door starts (and its tests run) without Keycloak.
 * <p>
 * The session is a cookie, so a state-changing request must carry the CSRF token: the pages read it from the
 * {@code XSRF-TOKEN} cookie and send it as {@code X-XSRF-TOKEN}. A request that brings its own bearer token (a
 * script) is exempt, since a browser never adds that header on its own.
 * <p>
 * The pages show text written by anyone, so every answer carries a strict Content-Security-Policy: scripts, styles,
 * images and calls only from this origin, no inline script or style attribute, no framing; forms may post only
 * here and to Keycloak (signing out is a form post to {@code /logout}, which redirects to Keycloak's logout, and
 * browsers check form-action on that redirect too). {@code Referrer-Policy: same-origin}: the pages link to outside
 * addresses written by members (mailing lists), and nothing outside needs to learn which page a reader came from.
 * Spring Security's defaults add {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and, on
 * HTTPS, HSTS. The refusals the front door makes itself (401, 403) are problem responses.
 */
@Configuration
class SecurityConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	@Bean
	SecurityFilterChain web(HttpSecurity http, ClientRegistrationRepository registrations, WebProperties properties,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
		CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
		RequestMatcher bearer = (request) -> request.getHeader("Authorization") != null;
		// RFC 8058 one-click unsubscribe: mail programs POST to the link in the mail, with no session or cookie;
		// the signed token in the link is what authorises it
		RequestMatcher unsubscribe = (request) -> "/api/unsubscribe".equals(request.getRequestURI());
		OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
		CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		// the pages read this cookie (so not HttpOnly); like the session cookie it is Secure behind HTTPS
		csrfTokens.setCookieCustomizer((cookie) -> {
			cookie.sameSite("Lax");
			if (secureCookies) {
				cookie.secure(true);
			}
		});
		ProblemResponses problems = new ProblemResponses();
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2Login((login) -> login.defaultSuccessUrl("/", false)
				.authorizationEndpoint((endpoint) -> endpoint
					.authorizationRequestResolver(new SignInLanguage(registrations))))
			.logout((logout) -> logout.logoutSuccessHandler(logoutSuccess))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(csrfHandler)
				.ignoringRequestMatchers(bearer, unsubscribe))
			// no login page of our own: anything that needs sign-in is a page that offers the sign-in link
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(properties)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/** The policy of every answer; Keycloak's origin is the one outside address a form may lead to. */
	static String contentSecurityPolicy(WebProperties properties) {
		URI issuer = URI.create(properties.keycloakIssuerUri());
		String keycloak = issuer.getScheme() + "://" + issuer.getRawAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "connect-src 'self'; font-src 'self'; form-action 'self' " + keycloak + "; "
				+ "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
	}

	@Bean
	ClientRegistrationRepository clientRegistrations(WebProperties properties) {
		String issuer = properties.keycloakIssuerUri().replaceAll("/+$", "");
		String oidc = issuer + "/protocol/openid-connect";
		// what this server asks Keycloak itself; the browser goes to the issuer's address
		String internal = properties.keycloakInternalUri().replaceAll("/+$", "") + "/protocol/openid-connect";
		ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Keycloak")
			.clientId(properties.clientId())
			// a public client: Spring Security adds PKCE (S256) to the authorization request on its own
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(issuer)
			.authorizationUri(oidc + "/auth")
			.tokenUri(internal + "/token")
			.jwkSetUri(internal + "/certs")
			.userInfoUri(internal + "/userinfo")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
			.build();
		return new InMemoryClientRegistrationRepository(keycloak);
	}

	/** The tokens live in the HTTP session, nowhere else (one front door instance per session). */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClients() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/** Hands out the session's access token, refreshing it with the refresh token when it has expired. */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

}
