package org.coalitions.coalition;

import java.util.Set;

import org.coalitions.platform.replay.Projections;
import org.coalitions.platform.replay.Projections.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What coalition-service derives from events, for {@code infra/stack replay coalition-service}: the roster of
 * members and coordinators and the audit trail. Not the coalitions, threads, meetings, outcomes (with their comments,
 * positions and versions) and the coordination group: aggregates with outboxes, whose consumers (life cycle, group)
 * publish events of their own, and what commands write.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionsConfiguration {

	@Bean
	Projections projections() {
		return Projections.of(Set.of("coalition-roster", "coalition-audit"), Projection.of("coalition_roster"),
				Projection.of("audit_trail"));
	}
}
