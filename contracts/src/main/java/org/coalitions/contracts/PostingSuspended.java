package org.coalitions.contracts;

import java.time.Instant;

/**
 * A coordinator suspended a member's right to post in the coalition until {@code until}, with a reason; the
 * member stays a member, reads and may leave. The suspension ends by itself then (no event); a new one replaces it.
 */
public record PostingSuspended(String coalitionId, String memberId, Instant until, String reason)
		implements CoalitionEvent {
}
