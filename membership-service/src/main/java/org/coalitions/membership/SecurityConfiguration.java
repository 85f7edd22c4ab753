package org.coalitions.membership;

import org.coalitions.platform.security.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may read a coalition's balance, what this service knows of it and its members list (open membership:
 * names, stakeholder groups and countries, never addresses) and whoever holds an invitation link may read what it
 * invites to (the token is checked in code); everything else needs a signed-in person, and
 * per-coalition rights (member, coordinator) are checked in code.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return ResourceServer.filterChain(http, requests -> requests
			.requestMatchers(HttpMethod.GET, "/api/coalitions/*/balance", "/api/coalitions/*/membership-info",
					"/api/coalitions/*/members", "/api/invitations/*")
			.permitAll());
	}
}
