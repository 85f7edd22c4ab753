package org.coalitions.membership;

import java.util.Set;

import org.coalitions.platform.replay.Projections;
import org.coalitions.platform.replay.Projections.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What membership-service derives from events, for {@code infra/stack replay membership-service}: the coalition
 * directory. Not the rosters and profiles: aggregates with outboxes (the rosters' consumer appoints proposers,
 * which publishes events).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionsConfiguration {

	@Bean
	Projections projections() {
		return Projections.of(Set.of("membership-coalition-events"), Projection.of("coalition_directory"));
	}
}
