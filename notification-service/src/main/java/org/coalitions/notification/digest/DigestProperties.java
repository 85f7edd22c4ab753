package org.coalitions.notification.digest;

import java.time.DayOfWeek;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled whether this instance runs digests (every instance may: one holds the {@link DigestLease} and
 * runs them, and a digest is queued once whichever runs it)
 * @param checkInterval how often to look for digests that fell due
 * @param lease how long the instance that runs the digests holds on to that task without checking again; after
 * it, another instance takes over (longer than the check interval and than a run)
 * @param hour the local hour at which digests are sent
 * @param weeklyDay the day of the weekly digest
 */
@Validated
@ConfigurationProperties("coalitions.notification.digest")
public record DigestProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1m") @NotNull Duration checkInterval,
		@DefaultValue("7") @Min(0) @Max(23) int hour, @DefaultValue("MONDAY") @NotNull DayOfWeek weeklyDay,
		@DefaultValue("5m") @NotNull Duration lease) {
}
