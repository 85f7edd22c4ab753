package org.coalitions.coalition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may read the coalition list and pages, published outcomes and reporting status; threads and meetings
 * need a signed-in person; every change needs one, and per-coalition rights are checked in code.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
						"/swagger-ui/**", "/swagger-ui.html", "/error")
				.permitAll()
				// public: the list, coalition pages, published outcomes (drafts are filtered in code) and reporting
				.requestMatchers(HttpMethod.GET, "/api/coalitions", "/api/coalitions/{id}", "/api/coalitions/{id}/outcomes",
						"/api/coalitions/{id}/outcomes/{outcomeId}", "/api/coalitions/{id}/reporting")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
			.build();
	}
}
