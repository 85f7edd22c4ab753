package org.coalitions.coalition.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.coalitions.coalition.outcome.Outcomes;
import org.coalitions.coalition.registry.Coalition;
import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MeetingScheduled;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MinutesAdded;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves coalitions through their life cycle. Its effects are idempotent by state (a redelivered event finds
 * the coalition already moved, and activity times only grow), so it needs no event-id bookkeeping.
 */
@Service
class LifeCycle {

	private static final Logger log = LoggerFactory.getLogger(LifeCycle.class);

	/** What counts as activity: people doing things. Status changes do not, or DORMANT would wake itself. */
	static final List<Class<? extends CoalitionEvent>> ACTIVITY = List.of(ThreadStarted.class, ReplyPosted.class, MeetingScheduled.class,
			MinutesAdded.class, OutcomePublished.class, CharterEdited.class, MemberJoined.class, JoinRequested.class);

	private final CoalitionRegistry registry;

	private final Outcomes outcomes;

	private final LifeCycleProperties properties;

	private final Clock clock;

	private final EventHandlers handlers;

	LifeCycle(CoalitionRegistry registry, Outcomes outcomes, LifeCycleProperties properties, Clock clock) {
		this.registry = registry;
		this.outcomes = outcomes;
		this.properties = properties;
		this.clock = clock;
		this.handlers = EventHandlers.builder()
			.on(BalanceChanged.class, this::balanceChanged)
			.onAny(ACTIVITY, this::activity)
			.build();
	}

	EventHandlers handlers() {
		return handlers;
	}

	private void balanceChanged(ReceivedEvent<BalanceChanged> event) {
		if (event.data().ruleMet()) {
			registry.balanceMet(event.coalitionId(), "multistakeholder rule met: "
					+ event.data().distinctStakeholderGroups() + " stakeholder groups among " + event.data().members()
					+ " members");
		}
	}

	private void activity(ReceivedEvent<?> event) {
		registry.activity(event.coalitionId(), event.time());
	}

	/** ACTIVE coalitions that have been quiet too long, or owe last cycle's report, go DORMANT. */
	void checkDormancy() {
		Instant quietSince = clock.instant().minus(properties.dormantAfter());
		for (Coalition coalition : registry.active()) {
			if (coalition.getLastActivityAt() != null && coalition.getLastActivityAt().isBefore(quietSince)) {
				registry.goDormant(coalition.getId(), "no activity for " + properties.dormantAfter().toDays() + " days");
			}
			else if (outcomes.previousReportOverdue(coalition)) {
				registry.goDormant(coalition.getId(), "the annual report of the previous reporting cycle is missing");
			}
		}
		log.debug("Dormancy check done");
	}
}
