package org.coalitions.contracts;

import java.time.Instant;

/**
 * A coalition became quiet (no activity for coalitions.lifecycle.quiet-after, default 180 days) or stopped being
 * quiet. Quietness is a risk flag for the secretariat and the coordinators, not a status. coalition-service
 * decides it; others show what it publishes.
 */
public record QuietnessChanged(String coalitionId, boolean quiet, Instant lastActivityAt) implements CoalitionEvent {
}
