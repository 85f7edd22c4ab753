package org.coalitions.coalition.lifecycle;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param quietAfter how long without activity before a coalition is flagged quiet (a risk flag, not a status);
 * its default is in {@code application.yml}, where the environment variable {@code COALITIONS_QUIET_AFTER}
 * overrides it
 * @param checkInterval how often the life-cycle check (reporting status, reminders, quietness) runs
 */
@ConfigurationProperties("coalitions.lifecycle")
@Validated
public record LifeCycleProperties(@NotNull Duration quietAfter, @DefaultValue("1h") @NotNull Duration checkInterval) {
}
