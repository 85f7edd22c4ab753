package org.coalitions.platform.replay;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A replay run (see {@link Replay}).
 * @param enabled start the service to rebuild its projections, compare them with the live ones and exit
 * @param swap after comparing, replace the live projections with the rebuilt ones (only while the live service's
 * consumers are stopped)
 * @param timeout how long the rebuild may take to catch up with the topics
 * @param liveWait how long to wait, once rebuilt, for the live consumers to catch up before comparing anyway
 * @param liveDatabase set by {@link ReplayEnvironment}: the live store
 * @param liveGroup set by {@link ReplayEnvironment}: the live service's consumer group
 */
@ConfigurationProperties("coalitions.replay")
@Validated
public record ReplayProperties(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean swap,
		@DefaultValue("5m") @NotNull Duration timeout, @DefaultValue("20s") @NotNull Duration liveWait,
		String liveDatabase, String liveGroup) {

	public static final String ENABLED = "coalitions.replay.enabled";
}
