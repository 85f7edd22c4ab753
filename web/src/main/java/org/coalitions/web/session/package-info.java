/**
 * Signing in and out with Keycloak (authorization code with PKCE for the realm's public client), the session that
 * holds the tokens, CSRF protection for the cookie-based session, and what the pages learn about who is signed in.
 */
package org.coalitions.web.session;
