package org.coalitions.notification.activity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a coalition's moderated joining goes: requests approved, rejected and still waiting, and how long decisions
 * took, from each request's event time to its decision's (median and longest, in hours to one decimal; null until
 * a request was decided whose arrival is known).
 */
public record JoinRequestFigures(int approved, int rejected, int waiting, Double medianDecisionHours,
		Double longestDecisionHours) {

	static final JoinRequestFigures NONE = new JoinRequestFigures(0, 0, 0, null, null);

	static JoinRequestFigures of(Collection<CoalitionActivity.JoinRequest> requests) {
		if (requests == null || requests.isEmpty()) {
			return NONE;
		}
		int approved = 0;
		int rejected = 0;
		int waiting = 0;
		List<Duration> took = new ArrayList<>();
		for (CoalitionActivity.JoinRequest request : requests) {
			if (request.decidedAt() == null) {
				waiting++;
				continue;
			}
			if (Boolean.TRUE.equals(request.approved())) {
				approved++;
			}
			else {
				rejected++;
			}
			if (request.requestedAt() != null) {
				took.add(Duration.between(request.requestedAt(), request.decidedAt()));
			}
		}
		if (took.isEmpty()) {
			return new JoinRequestFigures(approved, rejected, waiting, null, null);
		}
		took.sort(null);
		int middle = took.size() / 2;
		Duration median = took.size() % 2 == 1 ? took.get(middle)
				: took.get(middle - 1).plus(took.get(middle)).dividedBy(2);
		return new JoinRequestFigures(approved, rejected, waiting, hours(median), hours(took.get(took.size() - 1)));
	}

	private static double hours(Duration duration) {
		return Math.round(duration.toSeconds() / 360.0) / 10.0;
	}
}
