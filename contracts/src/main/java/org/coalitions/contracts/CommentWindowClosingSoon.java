package org.coalitions.contracts;

import java.time.Instant;

/** A comment window closes within two days: the reminder, published once per window. */
public record CommentWindowClosingSoon(String coalitionId, String outcomeId, String title, Instant closesAt)
		implements CoalitionEvent {
}
