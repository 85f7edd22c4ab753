package org.coalitions.coalition;

import org.coalitions.platform.security.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may read the coalition list and pages, published outcomes, reporting status and related coalitions; threads and meetings
 * need a signed-in person; every change needs one, and per-coalition rights are checked in code.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return ResourceServer.filterChain(http, requests -> requests
			// drafts among the outcomes are filtered in code
			.requestMatchers(HttpMethod.GET, "/api/coalitions", "/api/coalitions/{id}", "/api/coalitions/{id}/outcomes",
					"/api/coalitions/{id}/outcomes/{outcomeId}", "/api/coalitions/{id}/reporting")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/coalitions/{id}/related", "/api/related")
			.permitAll());
	}
}
