package org.coalitions.platform.messaging;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the event consumers retry and how much a batch listener takes at once.
 * @param retryInterval the pause between attempts at a record whose handling failed
 * @param maxRetries how many times a failed record is retried before it goes to its topic's dead-letter twin
 * @param maxStoreBackoff the longest pause of a listener retrying while the store is unreachable (it does
 * not dead-letter then)
 * @param batchSize the most records one poll of a batch listener takes
 */
@ConfigurationProperties("coalitions.consumer")
@Validated
public record ConsumerProperties(@DefaultValue("200ms") @NotNull Duration retryInterval,
		@DefaultValue("3") @Min(0) long maxRetries, @DefaultValue("10s") @NotNull Duration maxStoreBackoff,
		@DefaultValue("2000") @Min(1) int batchSize) {
}
