package org.coalitions.coalition.registry;

import java.time.Instant;

import org.coalitions.contracts.ReviewState;

/**
 * Where the coalition's proposal stands in the secretariat's review: the state, the secretariat's last message
 * (what to change, or why declined), when and by whom it was last reviewed (null while never reviewed).
 */
public record Review(ReviewState state, String message, Instant reviewedAt, String reviewerId) {

	/** The same review in another state: a resubmission keeps the message it answers. */
	Review in(ReviewState next) {
		return new Review(next, message, reviewedAt, reviewerId);
	}
}
