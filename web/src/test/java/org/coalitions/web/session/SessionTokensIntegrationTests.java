package org.coalitions.web.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.coalitions.web.FakeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The session's tokens on the way to a service: the access token is added, an expired one is refreshed at the
 * realm's token endpoint (a real small HTTP server here), and a refresh Keycloak refuses means "sign in again".
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionTokensIntegrationTests {

	static final FakeServer MEMBERSHIP = new FakeServer("membership");

	static final FakeServer KEYCLOAK = new FakeServer("keycloak");

	static final String TOKEN_PATH = "/realms/test/protocol/openid-connect/token";

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("coalitions.web.membership-service-url", MEMBERSHIP::url);
		registry.add("coalitions.web.keycloak-issuer-uri", () -> KEYCLOAK.url() + "/realms/test");
	}

	@AfterAll
	static void stop() {
		MEMBERSHIP.close();
		KEYCLOAK.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientRegistrationRepository registrations;

	@Autowired
	OAuth2AuthorizedClientRepository authorizedClients;

	final OAuth2AuthenticationToken alice = new OAuth2AuthenticationToken(
			new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OIDC_USER")),
					Map.of("preferred_username", "alice", "name", "Alice Wanjiru"), "preferred_username"),
			List.of(new SimpleGrantedAuthority("OIDC_USER")), SecurityConfiguration.REGISTRATION_ID);

	@BeforeEach
	void reset() {
		MEMBERSHIP.reset();
		KEYCLOAK.reset();
	}

	/** A session holding alice's tokens, as the sign-in leaves it. */
	MockHttpSession signedIn(Instant accessTokenExpiry, String accessToken) {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken,
				accessTokenExpiry.minusSeconds(300), accessTokenExpiry);
		authorizedClients.saveAuthorizedClient(
				new OAuth2AuthorizedClient(registrations.findByRegistrationId(SecurityConfiguration.REGISTRATION_ID),
						"alice", token, new OAuth2RefreshToken("refresh-1", Instant.now().minusSeconds(600))),
				alice, request, new MockHttpServletResponse());
		return session;
	}

	@Test
	void theSessionsAccessTokenGoesToTheService() throws Exception {
		MockHttpSession session = signedIn(Instant.now().plusSeconds(300), "valid-token");
		mvc.perform(get("/api/me").session(session).with(authentication(alice))).andExpect(status().isOk());
		assertThat(MEMBERSHIP.last().header("Authorization")).isEqualTo("Bearer valid-token");
		assertThat(KEYCLOAK.received).isEmpty();
	}

	@Test
	void anExpiredAccessTokenIsRefreshedFirst() throws Exception {
		KEYCLOAK.on("POST", TOKEN_PATH, (exchange) -> FakeServer.send(exchange, 200, "application/json",
				"{\"access_token\":\"fresh-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
						+ "\"refresh_token\":\"refresh-2\"}"));
		MockHttpSession session = signedIn(Instant.now().minusSeconds(120), "old-token");
		mvc.perform(get("/api/me").session(session).with(authentication(alice))).andExpect(status().isOk());
		assertThat(KEYCLOAK.last().body()).contains("grant_type=refresh_token")
			.contains("refresh_token=refresh-1")
			.contains("client_id=coalitions-web");
		assertThat(MEMBERSHIP.last().header("Authorization")).isEqualTo("Bearer fresh-token");
	}

	@Test
	void aRefusedRefreshAsksToSignInAgainInsteadOfCallingTheService() throws Exception {
		KEYCLOAK.on("POST", TOKEN_PATH, (exchange) -> FakeServer.send(exchange, 400, "application/json",
				"{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}"));
		MockHttpSession session = signedIn(Instant.now().minusSeconds(120), "old-token");
		mvc.perform(get("/api/me").session(session).with(authentication(alice)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Sign-in expired"));
		assertThat(MEMBERSHIP.received).isEmpty();
	}

	@Test
	void theSessionEndpointNamesThePersonAndTheirRealmRoles() throws Exception {
		// an access token as Keycloak issues it: the realm roles under realm_access
		String payload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"sub\":\"s1\",\"realm_access\":{\"roles\":[\"secretariat\",\"offline_access\"]}}"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		MockHttpSession session = signedIn(Instant.now().plusSeconds(300), "eyJhbGciOiJSUzI1NiJ9." + payload + ".sig");
		mvc.perform(get("/session").session(session).with(authentication(alice)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedIn").value(true))
			.andExpect(jsonPath("$.username").value("alice"))
			.andExpect(jsonPath("$.name").value("Alice Wanjiru"))
			.andExpect(jsonPath("$.roles[0]").value("secretariat"));
	}

	@Test
	void signedOutTheSessionEndpointSaysSo() throws Exception {
		mvc.perform(get("/session"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedIn").value(false))
			.andExpect(jsonPath("$.roles").isEmpty());
	}

	@Test
	void signInStartsAtKeycloakWithPkce() throws Exception {
		var redirect = mvc.perform(get("/oauth2/authorization/keycloak"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(redirect).startsWith(KEYCLOAK.url() + "/realms/test/protocol/openid-connect/auth?")
			.contains("client_id=coalitions-web")
			.contains("code_challenge_method=S256")
			.contains("code_challenge=")
			.contains("scope=openid");
	}
}
