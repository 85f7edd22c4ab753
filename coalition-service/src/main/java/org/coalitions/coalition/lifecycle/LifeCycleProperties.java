package org.coalitions.coalition.lifecycle;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param dormantAfter how long without activity before an ACTIVE coalition is DORMANT; its default is in
 * {@code application.yml}, where the environment variable {@code COALITIONS_DORMANT_AFTER} overrides it
 * @param checkInterval how often the life-cycle check (reporting status, dormancy) runs
 */
@ConfigurationProperties("coalitions.lifecycle")
@Validated
public record LifeCycleProperties(@NotNull Duration dormantAfter, @DefaultValue("1h") @NotNull Duration checkInterval) {
}
