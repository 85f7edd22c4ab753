package org.coalitions.coalition.lifecycle;

import java.time.Duration;

import org.coalitions.coalition.outcome.Outcomes;
import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.contracts.Activity;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Feeds the life cycle ({@code registry.LifeCycleRules}, where its rules are) with what happens: balance changes
 * and activity from events, and the periodic check. Its effects are idempotent by state (a redelivered event
 * finds the coalition already moved and the same balance kept, activity times only grow, a reporting status,
 * reminder or quietness is published only when it changes), so it needs no event-id bookkeeping.
 */
@Service
class LifeCycle {

	private static final Logger log = LoggerFactory.getLogger(LifeCycle.class);

	private final CoalitionRegistry registry;

	private final Outcomes outcomes;

	private final Duration quietAfter;

	private final EventHandlers handlers;

	LifeCycle(CoalitionRegistry registry, Outcomes outcomes, LifeCycleProperties properties) {
		this.registry = registry;
		this.outcomes = outcomes;
		this.quietAfter = properties.quietAfter();
		this.handlers = EventHandlers.builder()
			.on(BalanceChanged.class, this::balanceChanged)
			.onAny(Activity.types(), this::activity)
			.build();
	}

	@EventSubscription(id = "coalition-lifecycle", groupSuffix = "lifecycle",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	EventHandlers handlers() {
		return handlers;
	}

	private void balanceChanged(ReceivedEvent<BalanceChanged> event) {
		registry.balanceChanged(event.coalitionId(), event.data());
	}

	private void activity(ReceivedEvent<?> event) {
		registry.activity(event.coalitionId(), event.time());
	}

	/**
	 * Every coalition's headline reporting status as of now (published where a deadline passed or the year
	 * rolled over, or where none was published yet), the move it may cause (overdue: INACTIVE), the reminder due,
	 * and the quietness flag.
	 */
	void check() {
		for (String id : registry.ids()) {
			try {
				registry.check(id, outcomes::headline, quietAfter);
			}
			catch (RuntimeException ex) {
				// one coalition that cannot be checked must not keep the others from their check
				log.warn("Life cycle check of coalition {} failed", id, ex);
			}
		}
		log.debug("Life cycle check done");
	}
}
