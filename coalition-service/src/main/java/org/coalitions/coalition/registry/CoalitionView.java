package org.coalitions.coalition.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.ReviewState;
import org.coalitions.contracts.Theme;

/**
 * A coalition as the API shows it: everything public, nothing internal (no outbox, no search terms): its current
 * formation statement, where its review stands, its activation and principles checklists ({@link Principles}),
 * and whether it is quiet.
 */
record CoalitionView(String id, String name, Theme theme, String themeName, String summary, String charter,
		JoinPolicy joinPolicy, Links links, CoalitionStatus status, String statusReason, Instant proposedAt,
		Instant lastActivityAt, long charterVersion, Statement statement, ReviewView review,
		List<ActivationView> activation, List<PrincipleView> principles, boolean quiet) {

	record ReviewView(ReviewState state, String message, Instant reviewedAt) {
	}

	record ActivationView(String condition, boolean met, String detail, Map<String, Object> params) {
	}

	record PrincipleView(String principle, boolean met, String reason, Map<String, Object> params) {
	}

	static CoalitionView of(Coalition coalition) {
		Review review = coalition.getReview();
		return new CoalitionView(coalition.getId(), coalition.getName(), coalition.getTheme(),
				coalition.getThemeName(), coalition.getSummary(), coalition.getCharter(), coalition.getJoinPolicy(),
				coalition.getLinks(), coalition.getStatus(), coalition.getStatusReason(), coalition.getProposedAt(),
				coalition.getLastActivityAt(), coalition.getCharterVersion(), coalition.statement(),
				new ReviewView(coalition.reviewState(), review == null ? null : review.message(),
						review == null ? null : review.reviewedAt()),
				Principles.activation(coalition)
					.stream()
					.map(check -> new ActivationView(check.item(), check.met(), check.reason(), check.params()))
					.toList(),
				Principles.principles(coalition)
					.stream()
					.map(check -> new PrincipleView(check.item(), check.met(), check.reason(), check.params()))
					.toList(),
				coalition.isQuiet());
	}
}
