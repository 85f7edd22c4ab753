package org.coalitions.platform.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reading your own writes ({@link ConsistencyFilter}).
 * @param relayWait how long a command's answer waits for its events to be relayed, to name their positions; past
 * it the answer goes without {@code Coalitions-Consistency}
 * @param applyWait how long a request that names positions waits for this service to apply them; past it the
 * answer is a 503 with {@code Retry-After}
 */
@ConfigurationProperties("coalitions.consistency")
@Validated
public record ConsistencyProperties(@DefaultValue("1s") @NotNull Duration relayWait,
		@DefaultValue("2s") @NotNull Duration applyWait) {
}
