package org.coalitions.notification;

import org.coalitions.platform.security.KeycloakRoles;
import org.coalitions.platform.security.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Activity data is for the secretariat only; unsubscribe links work without sign-in (their token is signed), and
 * so does a coalition's state on a date;
 * everything else needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return ResourceServer.filterChain(http,
				requests -> requests.requestMatchers("/api/activity/**")
					.hasRole(KeycloakRoles.SECRETARIAT)
					.requestMatchers("/api/unsubscribe")
					.permitAll()
					// a coalition's state on a date is public, like its members list: open archives
					.requestMatchers(HttpMethod.GET, "/api/coalitions/*/state")
					.permitAll());
	}
}
