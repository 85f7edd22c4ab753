package org.coalitions.membership;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may read a coalition's balance and what this service knows of it; everything else needs a signed-in
 * person. Whether that person may act on a given coalition (member, coordinator of <em>that</em> coalition,
 * secretariat) is checked in the features, from this service's memberships.
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
				.requestMatchers(HttpMethod.GET, "/api/coalitions/*/balance", "/api/coalitions/*/membership-info")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
			.build();
	}
}
