package org.coalitions.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
public record OutboxProperties(List<String> collections, String source, Duration pollInterval,
		Duration scanInterval, Duration maxBackoff, int batchSize) {

	public OutboxProperties {
		collections = collections == null ? List.of() : List.copyOf(collections);
		source = source == null ? "/coalitions" : source;
		pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
		scanInterval = scanInterval == null ? Duration.ofSeconds(5) : scanInterval;
		maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
		batchSize = batchSize <= 0 ? 200 : batchSize;
	}
}
