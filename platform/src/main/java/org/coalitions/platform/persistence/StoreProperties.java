package org.coalitions.platform.persistence;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a call waits for a store that does not answer, so that a request fails fast (503) instead of hanging
 * for the driver's default 30 s.
 * @param timeout how long a call waits to find the store (server selection) and to open a connection to it;
 * the store's own monitor checks it with the same limit
 * @param readTimeout how long a call waits for the answer to a command it sent; zero waits as long as the store
 * takes, for a slow answer is not an absent store: a digest run's bulk writes and large reads may take longer than
 * any limit that would help a request
 * @param secondaryIndexes whether the services create their non-unique indexes ({@link SecondaryIndexes}): a real
 * MongoDB needs them; the embedded wire-protocol server ignores them, but only after going through the collection
 * (about 18 s per index on a feed of 1,000,000 entries), so the local stack that starts it turns them off
 */
@ConfigurationProperties("coalitions.store")
@Validated
public record StoreProperties(@DefaultValue("1s") @NotNull Duration timeout,
		@DefaultValue("0s") @NotNull Duration readTimeout, @DefaultValue("true") boolean secondaryIndexes) {
}
