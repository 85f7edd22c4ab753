package org.coalitions.coalition.registry;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param sweepInterval how often the coalition read model compares every coalition's stored version with its own
 * ({@link CoalitionReadModel}): the longest a write another instance made without an event of its own (last
 * activity, the balance) takes to show here, when this instance read the event before that write landed
 */
@ConfigurationProperties("coalitions.read-model")
@Validated
public record ReadModelProperties(@DefaultValue("2s") @NotNull Duration sweepInterval) {
}
