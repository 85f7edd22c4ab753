package org.coalitions.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What every service's security has in common: stateless bearer-token requests (so no CSRF tokens), health,
 * info, metrics and API docs open, the operations API for {@link Operators} only, Keycloak JWTs checked. Each service
 * adds its own rules for its API, and anything it does not name needs a signed-in person.
 */
public final class ResourceServer {

	private ResourceServer() {
	}

	public static SecurityFilterChain filterChain(HttpSecurity http,
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
			throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> {
				requests
					.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus",
							"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
					.permitAll();
				requests.requestMatchers(Operators.PATHS).hasAnyRole(Operators.ROLES);
				rules.customize(requests);
				requests.anyRequest().authenticated();
			})
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
			.build();
	}
}
