package org.coalitions.coalition.group;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitions.coalition.group.GroupRoster.Representative;
import org.coalitions.coalition.group.GroupRoster.Seat;
import org.coalitions.coalition.registry.Coalition;
import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.coalition.roster.Rosters.Member;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Keeps the coordination group as {@link CoordinationGroupRules} decides, from what changes it: a coalition's
 * status, its roster (members joining, leaving, changing role) and its coordinators' naming of representatives.
 * Each of these works the coalition's seat out again from the state as it is now, so a redelivered or late event
 * changes nothing, and the group's list is published only when it changed.
 */
@Service
public class CoordinationGroupMembership {

	private final MongoOperations mongo;

	private final CoalitionRegistry registry;

	private final Rosters rosters;

	private final Clock clock;

	private final EventHandlers handlers;

	CoordinationGroupMembership(MongoOperations mongo, CoalitionRegistry registry, Rosters rosters, Clock clock) {
		this.mongo = mongo;
		this.registry = registry;
		this.rosters = rosters;
		this.clock = clock;
		this.handlers = rosters.handlers()
			.andThen(EventHandlers.builder()
				.on(CoalitionStatusChanged.class, this::reseat)
				.on(MemberJoined.class, this::reseat)
				.on(RoleChanged.class, this::reseat)
				.on(MemberLeft.class, this::reseat)
				.build());
	}

	/**
	 * A consumer group of its own that applies each record to the roster first (once, whichever group comes
	 * first), so the seat is worked out from the roster as it is after the event.
	 */
	@EventSubscription(id = "coalition-group", groupSuffix = "group",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	EventHandlers handlers() {
		return handlers;
	}

	/** The group as it is now: each active coalition's seat. */
	Map<String, Seat> seats() {
		return group().seats();
	}

	/** The representatives the coalition's coordinators named (empty: its coordinators). */
	List<String> named(String coalitionId) {
		registry.get(coalitionId);
		return group().named(coalitionId);
	}

	public boolean isMember(CurrentUser user) {
		return user != null && group().isMember(user.id());
	}

	/** Posting in the group's space: its members and the secretariat. */
	public void requireMayPost(CurrentUser user) {
		if (!user.secretariat() && !isMember(user)) {
			throw new ForbiddenException("Only members of the coordination group and the secretariat may do that.");
		}
	}

	/** A coalition's coordinators name its representatives (none: its coordinators); its seat follows at once. */
	void name(String coalitionId, List<String> representativeIds, CurrentUser actor) {
		Coalition coalition = registry.get(coalitionId);
		rosters.requireCoordinator(coalitionId, actor);
		coalition.requireNotClosed("given representatives");
		List<String> problems = CoordinationGroupRules.problems(representativeIds, rosters.members(coalitionId));
		if (!problems.isEmpty()) {
			throw new RepresentativesInvalid(problems);
		}
		ConcurrentSaves.retrying(() -> {
			GroupRoster group = group();
			boolean changed = group.name(coalitionId, representativeIds, actor.id(), clock.instant())
					| group.seat(coalitionId, seatNow(coalitionId, group), actor.id(), clock.instant());
			return changed ? mongo.save(group) : group;
		});
	}

	private void reseat(ReceivedEvent<?> event) {
		if (CoordinationGroup.ID.equals(event.coalitionId())) {
			return;
		}
		ConcurrentSaves.retrying(() -> {
			GroupRoster group = group();
			return group.seat(event.coalitionId(), seatNow(event.coalitionId(), group), null, clock.instant())
					? mongo.save(group) : group;
		});
	}

	private Optional<Seat> seatNow(String coalitionId, GroupRoster group) {
		Coalition coalition;
		try {
			coalition = registry.get(coalitionId);
		}
		catch (NotFoundException unknown) {
			return Optional.empty();
		}
		List<Member> representatives = CoordinationGroupRules.representatives(coalition.getStatus(),
				group.named(coalitionId), rosters.members(coalitionId));
		return representatives.isEmpty() ? Optional.empty()
				: Optional.of(new Seat(coalition.getName(), representatives.stream()
					.map(member -> new Representative(member.id(), member.name()))
					.sorted(Comparator.comparing(Representative::id))
					.toList()));
	}

	private GroupRoster group() {
		GroupRoster group = mongo.findById(CoordinationGroup.ID, GroupRoster.class);
		return group == null ? GroupRoster.empty() : group;
	}
}
