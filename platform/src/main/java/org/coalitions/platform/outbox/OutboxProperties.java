package org.coalitions.platform.outbox;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param collections the collections whose documents carry an outbox; empty means this service publishes
 * nothing
 * @param source the CloudEvents {@code source} of this service's events, e.g. {@code /coalition-service}
 * @param pollInterval how long the relay sleeps when nothing woke it
 * @param scanInterval how often the relay scans every outbox collection for pending events it was not told
 * about (left by a process that died before relaying them); saves in this process are relayed at once
 * @param maxBackoff the longest pause between attempts while Kafka is unreachable
 * @param batchSize how many documents one relay pass takes
 */
@ConfigurationProperties("coalitions.outbox")
@Validated
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("/coalitions") String source,
		@DefaultValue("500ms") @NotNull Duration pollInterval, @DefaultValue("5s") @NotNull Duration scanInterval,
		@DefaultValue("5s") @NotNull Duration maxBackoff, @DefaultValue("200") @Min(1) int batchSize) {

	public OutboxProperties {
		collections = List.copyOf(collections);
	}
}
