package org.coalitions.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services and Keycloak are.
 *
 * @param coalitionServiceUrl base URL of coalition-service (everything under {@code /api/} not owned by another)
 * @param membershipServiceUrl base URL of membership-service
 * @param notificationServiceUrl base URL of notification-service
 * @param keycloakIssuerUri the realm's issuer; the browser is sent here to sign in, so it must be an address the
 * browser reaches (the issuer is pinned to {@code localhost})
 * @param clientId the realm's public client for the web pages (authorization code with PKCE)
 */
@ConfigurationProperties("coalitions.web")
public record WebProperties(URI coalitionServiceUrl, URI membershipServiceUrl,
		URI notificationServiceUrl, String keycloakIssuerUri, String clientId) {

	public WebProperties {
		require(coalitionServiceUrl, "coalition-service-url");
		require(membershipServiceUrl, "membership-service-url");
		require(notificationServiceUrl, "notification-service-url");
		require(keycloakIssuerUri, "keycloak-issuer-uri");
		require(clientId, "client-id");
	}

	private static void require(Object value, String name) {
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException("coalitions.web." + name + " must be set");
		}
	}
}
