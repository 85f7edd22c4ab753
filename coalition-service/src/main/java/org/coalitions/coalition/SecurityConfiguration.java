package org.coalitions.coalition;

import org.coalitions.platform.security.ResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may read the coalition list and pages, published outcomes, reporting status and related coalitions, threads with their
 * replies and meetings with their agendas and minutes: the forum's coalitions keep open archives. Every change
 * needs a signed-in person, and per-coalition rights (member, coordinator) are checked in code.
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
			// an outcome's versions, their differences and its comments: as the outcome itself (drafts filtered in code)
			.requestMatchers(HttpMethod.GET, "/api/coalitions/{id}/outcomes/{outcomeId}/versions",
					"/api/coalitions/{id}/outcomes/{outcomeId}/diff", "/api/coalitions/{id}/outcomes/{outcomeId}/comments")
			.permitAll()
			// the formation statement's versions are public, like the statement itself
			.requestMatchers(HttpMethod.GET, "/api/coalitions/{id}/statement/versions")
			.permitAll()
			// the open archive: what was said and decided, never who may be written to (views carry no addresses)
			.requestMatchers(HttpMethod.GET, "/api/coalitions/{id}/threads", "/api/coalitions/{id}/threads/{threadId}",
					"/api/coalitions/{id}/meetings", "/api/coalitions/{id}/meetings/{meetingId}")
			.permitAll()
			// the registry of published outcomes across coalitions, and its feed
			.requestMatchers(HttpMethod.GET, "/api/outcomes", "/api/outcomes/feed.atom")
			.permitAll()
			// meetings as iCalendar: the open archive's meetings; a person's calendar is checked by its signature
			.requestMatchers(HttpMethod.GET, "/api/coalitions/{id}/meetings/{meetingId}.ics",
					"/api/coalitions/{id}/calendar.ics", "/api/calendars/{personId}.ics")
			.permitAll()
			// related coalitions: what the open archives already show, compared
			.requestMatchers(HttpMethod.GET, "/api/coalitions/{id}/related", "/api/related")
			.permitAll()
			// an outcome's files go with it: a published one's are public, a draft's are filtered in code (404)
			.requestMatchers(HttpMethod.GET, "/api/coalitions/{id}/outcomes/{outcomeId}/documents",
					"/api/coalitions/{id}/outcomes/{outcomeId}/documents/{documentId}")
			.permitAll());
	}
}
