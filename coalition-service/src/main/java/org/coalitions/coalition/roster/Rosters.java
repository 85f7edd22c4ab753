package org.coalitions.coalition.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.ForbiddenException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps the rosters from events (each applied once) and answers who may do what in a coalition. */
@Service
public class Rosters {

	private final MongoOperations mongo;

	private final EventHandlers handlers;

	Rosters(MongoOperations mongo) {
		this.mongo = mongo;
		this.handlers = EventHandlers.builder()
			.on(CoalitionProposed.class, event -> set(event, event.data().proposerId(), Role.COORDINATOR))
			.on(MemberJoined.class, event -> set(event, event.data().memberId(), Role.valueOf(event.data().role())))
			.on(RoleChanged.class, event -> set(event, event.data().memberId(), Role.valueOf(event.data().role())))
			.on(MemberLeft.class, this::left)
			.build();
	}

	@EventSubscription(id = "coalition-roster", groupSuffix = "roster",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	EventHandlers handlers() {
		return handlers;
	}

	public Optional<Role> roleOf(String coalitionId, String memberId) {
		// every command asks this: read the one member's entry, not the roster with its remembered event ids
		Query query = Query.query(Criteria.where("_id").is(coalitionId));
		query.fields().include("members." + memberId);
		Roster roster = mongo.findOne(query, Roster.class);
		return roster == null || roster.members() == null ? Optional.empty()
				: Optional.ofNullable(roster.members().get(memberId));
	}

	/** Members and coordinators of the coalition; 403 for anyone else. */
	public void requireMember(String coalitionId, CurrentUser user) {
		if (roleOf(coalitionId, user.id()).isEmpty()) {
			throw new ForbiddenException("Only members of this coalition may do that.");
		}
	}

	/** Coordinators of this coalition only; a coordinator of another coalition has no power here. */
	public void requireCoordinator(String coalitionId, CurrentUser user) {
		if (!isCoordinator(coalitionId, user)) {
			throw new ForbiddenException("Only coordinators of this coalition may do that.");
		}
	}

	public boolean isCoordinator(String coalitionId, CurrentUser user) {
		return user != null && roleOf(coalitionId, user.id()).orElse(null) == Role.COORDINATOR;
	}

	public boolean isMember(String coalitionId, CurrentUser user) {
		return user != null && roleOf(coalitionId, user.id()).isPresent();
	}

	/** Every coalition's members (coordinators included) as the projection has them now, by coalition id. */
	public Map<String, Set<String>> membersOfEveryCoalition() {
		Map<String, Set<String>> members = new HashMap<>();
		Query all = new Query();
		all.fields().include("members");
		try (var rosters = mongo.stream(all, Roster.class)) {
			rosters.forEach(roster -> members.put(roster.coalitionId(),
					roster.members() == null ? Set.of() : Set.copyOf(roster.members().keySet())));
		}
		return members;
	}

	private void set(ReceivedEvent<?> event, String memberId, Role role) {
		AppliedEvents.applyOnce(mongo, Roster.COLLECTION, event.coalitionId(), event.id(),
				new Update().set("members." + memberId, role));
	}

	private void left(ReceivedEvent<MemberLeft> event) {
		AppliedEvents.applyOnce(mongo, Roster.COLLECTION, event.coalitionId(), event.id(),
				new Update().unset("members." + event.data().memberId()));
	}
}
