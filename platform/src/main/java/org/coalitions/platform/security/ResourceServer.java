package org.coalitions.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What every service's security has in common: stateless bearer-token requests (so no CSRF tokens), health,
 * info, metrics and API docs open, the operations API for {@link Operators} only, Keycloak JWTs checked. Each
 * service adds its own rules for its API, and anything it does not name needs a signed-in person. Its refusals are
 * problem responses ({@link TokenProblems}).
 */
public final class ResourceServer {

	private static final TokenProblems PROBLEMS = new TokenProblems();

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
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(PROBLEMS).accessDeniedHandler(PROBLEMS))
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(PROBLEMS)
				.accessDeniedHandler(PROBLEMS)
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(PROBLEMS);
						return filter;
					}
				}))
			.build();
	}
}
