package org.coalitions.membership.privacy;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this service removes a person's sign-in account when they delete it: Keycloak's Admin REST API, as the
 * confidential client {@code coalitions-accounts} (client credentials; its service account holds only the
 * realm-management role {@code manage-users}).
 * @param baseUrl Keycloak's address, without {@code /realms/...} ({@code KEYCLOAK_BASE_URL})
 * @param realm the realm the people sign in to
 * @param clientSecret the client's secret ({@code ACCOUNTS_CLIENT_SECRET}; the default is for development only)
 * @param timeout how long one call to Keycloak may take: a person waits for it
 */
@Validated
@ConfigurationProperties("coalitions.membership.accounts")
record AccountsProperties(@NotBlank String baseUrl, @NotBlank @DefaultValue("coalitions") String realm,
		@NotBlank @DefaultValue("coalitions-accounts") String clientId, @NotBlank String clientSecret,
		@NotNull @DefaultValue("5s") Duration timeout) {

	String baseUrlWithoutSlash() {
		return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}
}
