package org.coalitions.notification.history;

import java.time.Instant;

import org.coalitions.contracts.CoalitionEvent;

/** An event of a coalition and when it happened. */
record DatedEvent(Instant at, CoalitionEvent event) {
}
