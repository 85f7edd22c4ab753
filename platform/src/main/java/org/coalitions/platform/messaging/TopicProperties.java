package org.coalitions.platform.messaging;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The topics each service creates at start-up (every topic of {@link org.coalitions.contracts.Topics} and its
 * dead-letter twin).
 * @param partitions partitions per topic, the same for a topic and its twin so a dead letter keeps its partition;
 * at least listener concurrency times instances
 */
@ConfigurationProperties("coalitions.kafka")
@Validated
public record TopicProperties(@DefaultValue("6") @Min(1) int partitions) {
}
