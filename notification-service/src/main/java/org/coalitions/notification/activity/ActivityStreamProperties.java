package org.coalitions.notification.activity;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param heartbeat how often the live activity stream sends a comment to every client: it keeps proxies from
 * closing a quiet stream and finds the clients that went away
 * @param sharedChanges how often a stream with clients looks for the changes other instances applied
 */
@ConfigurationProperties("coalitions.activity")
@Validated
record ActivityStreamProperties(@DefaultValue("15s") @NotNull Duration heartbeat,
		@DefaultValue("1s") @NotNull Duration sharedChanges) {
}
