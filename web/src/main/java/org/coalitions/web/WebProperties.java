package org.coalitions.web;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services and Keycloak are.
 *
 * @param coalitionServiceUrl base URLs of coalition-service, one per instance (comma-separated in the environment;
 * everything under {@code /api/} not owned by another)
 * @param membershipServiceUrl base URLs of membership-service, one per instance
 * @param notificationServiceUrl base URLs of notification-service, one per instance
 * @param keycloakIssuerUri the realm's issuer; the browser is sent here to sign in, so it must be an address the
 * browser reaches (the issuer is pinned to {@code localhost})
 * @param clientId the realm's public client for the web pages (authorization code with PKCE)
 * @param keycloakInternalUri the same realm as this server reaches it (tokens, keys, user info), where that is
 * not the browser's address, as inside docker compose or a cluster; empty for the issuer itself
 */
@ConfigurationProperties("coalitions.web")
public record WebProperties(List<URI> coalitionServiceUrl, List<URI> membershipServiceUrl,
		List<URI> notificationServiceUrl, String keycloakIssuerUri, String clientId, String keycloakInternalUri) {

	public WebProperties {
		require(coalitionServiceUrl, "coalition-service-url");
		require(membershipServiceUrl, "membership-service-url");
		require(notificationServiceUrl, "notification-service-url");
		require(keycloakIssuerUri, "keycloak-issuer-uri");
		require(clientId, "client-id");
		coalitionServiceUrl = List.copyOf(coalitionServiceUrl);
		membershipServiceUrl = List.copyOf(membershipServiceUrl);
		notificationServiceUrl = List.copyOf(notificationServiceUrl);
		if (keycloakInternalUri == null || keycloakInternalUri.isBlank()) {
			keycloakInternalUri = keycloakIssuerUri;
		}
	}

	private static void require(Object value, String name) {
		if (value == null || value.toString().isBlank() || value instanceof List<?> list && list.isEmpty()) {
			throw new IllegalArgumentException("coalitions.web." + name + " must be set");
		}
	}
}
