package org.coalitions.coalition.related;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param rebuildInterval how often the related-coalitions index is built again from the store (besides following
 * events): it brings an instance up to date with what it was not told, e.g. the events of the partitions that
 * another instance of the service consumes
 */
@ConfigurationProperties("coalitions.related")
@Validated
public record RelatedProperties(@DefaultValue("10m") @NotNull Duration rebuildInterval) {
}
