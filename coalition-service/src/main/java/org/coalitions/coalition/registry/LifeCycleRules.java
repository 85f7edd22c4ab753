package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.platform.domain.RuleViolationException;

/**
 * The life cycle of a coalition: every status, every transition and its cause, in this one class. {@link Coalition}
 * applies what it decides, {@link CoalitionRegistry} asks it which writes can skip the aggregate.
 *
 * <pre>
 * from                        to        cause                                                      who
 * (none)                      PROPOSED  someone proposes the coalition                             any signed-in user
 * PROPOSED                    ACTIVE    membership-service's BalanceChanged: multistakeholder rule  (event)
 *                                       met
 * ACTIVE                      DORMANT   no activity for coalitions.lifecycle.dormant-after (180 d)  the periodic check
 * ACTIVE                      DORMANT   the headline annual report is OVERDUE (ReportingRules)      the periodic check
 * DORMANT                     ACTIVE    activity (org.coalitions.contracts.Activity)                (event)
 * PROPOSED, ACTIVE, DORMANT   CLOSED    closing, with a reason                                     coordinators,
 *                                                                                                   secretariat
 * CLOSED                      ACTIVE    reopening, with a reason; quiet time counts from then      secretariat
 * </pre>
 *
 * Activity in any other status only moves the coalition's last activity. Everything else is refused: a closed
 * coalition takes no edits and no new outcomes, only a closed one can be reopened.
 */
public final class LifeCycleRules {

	/** A move to {@code to}, for {@code reason} (recorded in the status change event). */
	public record Transition(CoalitionStatus to, String reason) {
	}

	static final Transition PROPOSAL = new Transition(CoalitionStatus.PROPOSED, "proposed");

	private static final Set<CoalitionStatus> ACTIVITY_WITHOUT_TRANSITION = Arrays.stream(CoalitionStatus.values())
		.filter(status -> onActivity(status).isEmpty())
		.collect(Collectors.toUnmodifiableSet());

	private LifeCycleRules() {
	}

	/** PROPOSED becomes ACTIVE once membership meets the multistakeholder rule. */
	public static Optional<Transition> onBalance(CoalitionStatus from, BalanceChanged balance) {
		if (from != CoalitionStatus.PROPOSED || !balance.ruleMet()) {
			return Optional.empty();
		}
		return Optional.of(new Transition(CoalitionStatus.ACTIVE, "multistakeholder rule met: "
				+ balance.distinctStakeholderGroups() + " stakeholder groups among " + balance.members() + " members"));
	}

	/** Activity wakes a DORMANT coalition. */
	public static Optional<Transition> onActivity(CoalitionStatus from) {
		return from == CoalitionStatus.INACTIVE ? Optional.of(new Transition(CoalitionStatus.ACTIVE, "new activity"))
				: Optional.empty();
	}

	/** The statuses in which activity changes nothing but the last activity time. */
	public static Set<CoalitionStatus> activityWithoutTransition() {
		return ACTIVITY_WITHOUT_TRANSITION;
	}

	/**
	 * The periodic check: an ACTIVE coalition quiet for {@code dormantAfter}, or whose headline annual report is
	 * overdue, goes DORMANT.
	 */
	public static Optional<Transition> onCheck(CoalitionStatus from, Instant lastActivityAt, Instant now,
			Duration dormantAfter, ReportingState headlineReport) {
		if (from != CoalitionStatus.ACTIVE) {
			return Optional.empty();
		}
		if (lastActivityAt != null && lastActivityAt.isBefore(now.minus(dormantAfter))) {
			return Optional.of(new Transition(CoalitionStatus.INACTIVE,
					"no activity for " + dormantAfter.toDays() + " days"));
		}
		if (headlineReport == ReportingState.OVERDUE) {
			return Optional.of(new Transition(CoalitionStatus.INACTIVE,
					"the annual report of the previous reporting cycle is missing"));
		}
		return Optional.empty();
	}

	/** Any coalition not closed yet can be closed. */
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

	public static void requireNotClosed(CoalitionStatus status, String action) {
		if (status == CoalitionStatus.CLOSED) {
			throw RuleViolationException.conflict("This coalition is closed and cannot be " + action + ".");
		}
	}

	public static boolean mayClose(boolean coordinator, boolean secretariat) {
		return coordinator || secretariat;
	}

	public static boolean mayReopen(boolean secretariat) {
		return secretariat;
	}
}
