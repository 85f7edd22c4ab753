package org.coalitions.coalition.outcome;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param commentWindowSweep how often comment windows are checked for their reminder and their end (the pages and
 * commands go by the closing time itself; this only says how soon the events follow it)
 */
@ConfigurationProperties("coalitions.outcomes")
@Validated
public record OutcomeProperties(@DefaultValue("1m") @NotNull Duration commentWindowSweep) {
}
