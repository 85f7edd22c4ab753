package org.coalitions.coalition.outcome;

import java.time.Instant;

/**
 * A draft's comment window as stored with the outcome: when it opened and closes, whether the reminder went out,
 * and when and why it was closed ({@code EXPIRED} or {@code PUBLISHED}; null while not yet closed by an event).
 */
record CommentWindow(Instant opensAt, Instant closesAt, boolean reminderSent, Instant closedAt, String closedReason) {

	static final String EXPIRED = "EXPIRED";

	static final String PUBLISHED = "PUBLISHED";

	static CommentWindow opened(Instant opensAt, Instant closesAt) {
		return new CommentWindow(opensAt, closesAt, false, null, null);
	}

	CommentWindow reminded() {
		return new CommentWindow(opensAt, closesAt, true, closedAt, closedReason);
	}

	CommentWindow closed(Instant at, String reason) {
		return new CommentWindow(opensAt, closesAt, reminderSent, at, reason);
	}

	boolean closedByEvent() {
		return closedAt != null;
	}
}
