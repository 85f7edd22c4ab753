package org.coalitions.coalition.group;

import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.platform.security.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The coordination group meets in the open: anyone may read who is in it, each coalition's representatives, and
 * the group's threads and meetings. Its own chain, ahead of the service's, for just these paths; everything else
 * there (posting, naming representatives) needs a signed-in person like anywhere, and is checked in code.
 */
@Configuration(proxyBeanMethods = false)
class CoordinationGroupSecurityConfiguration {

	private static final String SPACE = "/api/coalitions/" + CoordinationGroup.ID;

	@Bean
	@Order(1)
	SecurityFilterChain coordinationGroupFilterChain(HttpSecurity http) throws Exception {
		String[] paths = { "/api/coordination-group", "/api/coalitions/*/representatives", SPACE + "/threads",
				SPACE + "/threads/**", SPACE + "/meetings", SPACE + "/meetings/**" };
		http.securityMatcher(paths);
		// earlier versions of posts are for the secretariat, never public
		return ResourceServer.filterChain(http,
				requests -> requests.requestMatchers(HttpMethod.GET, SPACE + "/threads/*/posts/*/versions")
					.authenticated()
					.requestMatchers(HttpMethod.GET, paths)
					.permitAll());
	}
}
