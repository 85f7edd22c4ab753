package org.coalitions.coalition.registry;

import java.time.Instant;

import org.coalitions.contracts.ReviewState;
import org.coalitions.contracts.Theme;

/**
 * A proposal in the secretariat's review queue: what it is, its current statement, who proposed it and when,
 * where its review stands (AWAITING_REVIEW, or CHANGES_REQUESTED with the message sent) and its stakeholder
 * balance as membership-service last published it (null before the first).
 */
record ReviewQueueItem(String id, String name, Theme theme, String themeName, String summary, Statement statement,
		ReviewState reviewState, String reviewMessage, String proposerId, String proposerName, Instant proposedAt,
		StakeholderBalance balance) {

	static ReviewQueueItem of(Coalition coalition) {
		Review review = coalition.getReview();
		return new ReviewQueueItem(coalition.getId(), coalition.getName(), coalition.getTheme(),
				coalition.getThemeName(), coalition.getSummary(), coalition.statement(), coalition.reviewState(),
				review == null ? null : review.message(), coalition.getProposerId(), coalition.getProposerName(),
				coalition.getProposedAt(), coalition.getBalance());
	}
}
