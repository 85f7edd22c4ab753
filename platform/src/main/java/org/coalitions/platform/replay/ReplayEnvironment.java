package org.coalitions.platform.replay;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service started with {@value ReplayProperties#ENABLED}=true away from its live state before anything
 * connects: a scratch database and fresh consumer groups, both named after the live ones with {@code
 * -replay-<start time>}, so the projection consumers read every topic from the beginning into empty collections;
 * and a free HTTP port, so it runs beside the live service. The live names stay readable for the comparison.
 * Last among the post-processors, so that it sees the service's own {@code application.yml}.
 */
public class ReplayEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String DATABASE = "spring.mongodb.database";

	static final String GROUP_ID = "spring.kafka.consumer.group-id";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(ReplayProperties.ENABLED, Boolean.class, false)) {
			return;
		}
		String database = environment.getRequiredProperty(DATABASE);
		String group = environment.getRequiredProperty(GROUP_ID);
		String run = "-replay-" + System.currentTimeMillis();
		Map<String, Object> replay = new HashMap<>();
		replay.put(DATABASE, database + run);
		replay.put(GROUP_ID, group + run);
		replay.put("coalitions.replay.live-database", database);
		replay.put("coalitions.replay.live-group", group);
		replay.put("server.port", "0");
		environment.getPropertySources().addFirst(new MapPropertySource("coalitions-replay", replay));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
