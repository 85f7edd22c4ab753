package org.coalitions.contracts;

import java.time.Instant;

/** A coordinator opened a draft outcome for comment and positions until {@code closesAt}. */
public record CommentWindowOpened(String coalitionId, String outcomeId, String title, Instant closesAt)
		implements CoalitionEvent {
}
