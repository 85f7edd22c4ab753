/**
 * The web application's front door. {@code proxy} forwards {@code /api/**} to the service that owns the path,
 * {@code session} signs people in with Keycloak and keeps their tokens server-side, {@code i18n} hands the pages
 * their texts in the browser's language, {@code vocabulary} the contracts' join policies and roles. The pages themselves are static files (no front-end build step).
 */
package org.coalitions.web;
