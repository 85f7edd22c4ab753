package org.coalitions.coalition.registry;

import java.time.Instant;

import org.coalitions.contracts.ReviewState;

/**
 * Where the coalition's proposal stands in the secretariat's review: the state, the secretariat's last message
 * (what to change, or why declined), when and by whom it was last reviewed (null while never reviewed).
 */
public record Review(ReviewState state, String message, Instant reviewedAt, String reviewerId) {

	static Review awaiting(Review previous) {
		return new Review(ReviewState.AWAITING_REVIEW, previous == null ? null : previous.message(),
				previous == null ? null : previous.reviewedAt(), previous == null ? null : previous.reviewerId());
	}
}
