/**
 * Sign-in conventions. Services are OAuth2 resource servers validating Keycloak's JWTs (the old Keycloak
 * adapters are deprecated); Keycloak's realm roles become {@code ROLE_} authorities through {@link
 * org.coalitions.platform.security.KeycloakRoles}.
 */
package org.coalitions.platform.security;
