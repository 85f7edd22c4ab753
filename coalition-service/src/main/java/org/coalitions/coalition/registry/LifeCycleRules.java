package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.ReviewState;
import org.coalitions.platform.domain.RuleViolationException;

/**
 * The life cycle of a coalition and the secretariat's review of its proposal: every status, every transition and
 * its cause, in this one class. {@link Coalition} applies what it decides.
 *
 * <pre>
 * from                      to        cause                                                       who
 * (none)                    PROPOSED  someone proposes it, with its formation statement;          any signed-in user
 *                                     review AWAITING_REVIEW
 * PROPOSED                  ACTIVE    review APPROVED and membership's multistakeholder rule met   the secretariat's
 *                                     (BalanceChanged): whichever comes second moves it             review, or (event)
 * PROPOSED                  DECLINED  the secretariat declines the proposal, with a reason (final) the secretariat
 * ACTIVE                    INACTIVE  the headline annual report is OVERDUE (ReportingRules)      the periodic check
 * INACTIVE                  ACTIVE    the overdue annual report is filed, so the headline is no    coordinators
 *                                     longer OVERDUE (the next cycle's DUE, or REPORTED): at once,  (publishing it)
 *                                     when the report is published
 * PROPOSED, ACTIVE,         CLOSED    closing, with a reason                                      coordinators,
 *   INACTIVE                                                                                        secretariat
 * CLOSED                    ACTIVE    reopening, with a reason; an overdue report makes it        secretariat
 *                                     INACTIVE again at the next check
 * </pre>
 *
 * Review states of a PROPOSED coalition: AWAITING_REVIEW → APPROVED, CHANGES_REQUESTED or DECLINED by a review
 * (the secretariat only; asking for changes and declining need a message); CHANGES_REQUESTED → AWAITING_REVIEW
 * when its coordinators resubmit. The secretariat may also decide on a proposal sent back for changes.
 * <p>
 * Quietness (no activity for {@code coalitions.lifecycle.quiet-after}, 180 days) is a flag, not a status: the
 * periodic check sets it, activity clears it, and neither moves the status. CLOSED and DECLINED are ends: no
 * posts, no edits, no outcomes, no joining; only a closed coalition can be reopened, a declined one never.
 */
public final class LifeCycleRules {

	/** A move to {@code to}, for {@code reason} (recorded in the status change event). */
	public record Transition(CoalitionStatus to, String reason) {
	}

	static final Transition PROPOSAL = new Transition(CoalitionStatus.PROPOSED, "proposed");

	private LifeCycleRules() {
	}

	/** Only the secretariat reviews proposals. */
	public static boolean mayReview(boolean secretariat) {
		return secretariat;
	}

	/**
	 * The review state a decision leads to: only a proposal waiting for review, or sent back for changes, can be
	 * decided.
	 */
	public static ReviewState review(CoalitionStatus status, ReviewState current, ReviewDecision decision) {
		if (status != CoalitionStatus.PROPOSED
				|| (current != ReviewState.AWAITING_REVIEW && current != ReviewState.CHANGES_REQUESTED)) {
			throw RuleViolationException.conflict("This proposal was already decided (" + current
					+ "): only a proposal waiting for review or for changes can be reviewed.");
		}
		return ReviewState.valueOf(decision.name());
	}

	/** Coordinators send a proposal back to the queue only after the secretariat asked for changes. */
	public static ReviewState resubmit(CoalitionStatus status, ReviewState current) {
		if (status != CoalitionStatus.PROPOSED || current != ReviewState.CHANGES_REQUESTED) {
			throw RuleViolationException.conflict(
					"Only a proposal the secretariat sent back for changes can be resubmitted (it is " + current + ").");
		}
		return ReviewState.AWAITING_REVIEW;
	}

	/**
	 * After a review or a balance change of a PROPOSED coalition: DECLINED if declined; ACTIVE once it is both
	 * approved and balanced, whichever of the two came second.
	 */
	public static Optional<Transition> onReviewOrBalance(CoalitionStatus from, ReviewState review,
			StakeholderBalance balance) {
		if (from != CoalitionStatus.PROPOSED) {
			return Optional.empty();
		}
		if (review == ReviewState.DECLINED) {
			return Optional.of(new Transition(CoalitionStatus.DECLINED, "declined by the secretariat"));
		}
		if (review == ReviewState.APPROVED && balance != null && balance.ruleMet()) {
			return Optional.of(new Transition(CoalitionStatus.ACTIVE,
					"approved by the secretariat, multistakeholder rule met: " + balance.distinctStakeholderGroups()
							+ " stakeholder groups among " + balance.members() + " members"));
		}
		return Optional.empty();
	}

	/**
	 * The headline annual report moves a coalition between the forum's lists: ACTIVE goes INACTIVE when it is
	 * OVERDUE, INACTIVE comes back as soon as it is not. The headline stays on an overdue report until that report
	 * is filed ({@code ReportingRules}), so it is no longer OVERDUE only once the coalition has caught up.
	 */
	public static Optional<Transition> onReporting(CoalitionStatus from, CycleStatus headline) {
		if (headline == null) {
			return Optional.empty();
		}
		if (from == CoalitionStatus.ACTIVE && headline.state() == ReportingState.OVERDUE) {
			return Optional.of(new Transition(CoalitionStatus.INACTIVE,
					"the annual report for " + headline.cycle() + " is overdue (due " + headline.deadline() + ")"));
		}
		if (from == CoalitionStatus.INACTIVE && headline.state() == ReportingState.REPORTED) {
			return Optional.of(new Transition(CoalitionStatus.ACTIVE,
					"the annual report for " + headline.cycle() + " was filed"));
		}
		if (from == CoalitionStatus.INACTIVE && headline.state() == ReportingState.DUE) {
			return Optional.of(new Transition(CoalitionStatus.ACTIVE, "no annual report is overdue any more (the one for "
					+ headline.cycle() + " is due by " + headline.deadline() + ")"));
		}
		return Optional.empty();
	}

	/** Quiet: no activity for {@code quietAfter}. A flag whatever the status, never a transition. */
	public static boolean quiet(Instant lastActivityAt, Instant now, Duration quietAfter) {
		return lastActivityAt != null && lastActivityAt.isBefore(now.minus(quietAfter));
	}

	/** Any coalition not ended yet can be closed. */
	public static Transition close(CoalitionStatus from, String reason) {
		requireNotClosed(from, "closed");
		return new Transition(CoalitionStatus.CLOSED, reason);
	}

	/** A closed coalition can be reopened; it starts again as ACTIVE. */
	public static Transition reopen(CoalitionStatus from, String reason) {
		if (from != CoalitionStatus.CLOSED) {
			throw RuleViolationException.conflict("Only a closed coalition can be reopened.");
		}
		return new Transition(CoalitionStatus.ACTIVE, reason);
	}

	/** CLOSED and DECLINED are ends: nothing is posted, edited, published or joined there. */
	public static void requireNotClosed(CoalitionStatus status, String action) {
		if (status == CoalitionStatus.CLOSED) {
			throw RuleViolationException.conflict("This coalition is closed and cannot be " + action + ".");
		}
		if (status == CoalitionStatus.DECLINED) {
			throw RuleViolationException
				.conflict("This proposal was declined by the secretariat and cannot be " + action + ".");
		}
	}

	public static boolean mayClose(boolean coordinator, boolean secretariat) {
		return coordinator || secretariat;
	}

	public static boolean mayReopen(boolean secretariat) {
		return secretariat;
	}
}
