package org.coalitions.coalition.roster;

import java.util.Comparator;
import java.util.List;
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

	/** The members membership-service's events have spoken of (by id), whose word beats the proposal's. */
	static final String TOLD = "membershipTold";

	/** Each member's stakeholder group as they joined (the events carry no later profile changes). */
	static final String GROUPS = "groups";

	private final MongoOperations mongo;

	private final EventHandlers handlers;

	Rosters(MongoOperations mongo) {
		this.mongo = mongo;
		this.handlers = EventHandlers.builder()
			.on(CoalitionProposed.class, this::proposed)
			.on(MemberJoined.class, event -> set(event, event.data().memberId(), Role.valueOf(event.data().role()),
					event.data().displayName(), event.data().stakeholderGroup()))
			.on(RoleChanged.class,
					event -> set(event, event.data().memberId(), Role.valueOf(event.data().role()), null, null))
			.on(MemberLeft.class, this::left)
			.build();
	}

	/**
	 * Also applied by consumers that need the roster as it is after the event (each event once either way: the
	 * roster remembers the ids it applied).
	 */
	@EventSubscription(id = "coalition-roster", groupSuffix = "roster",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	public EventHandlers handlers() {
		return handlers;
	}

	/** A member of a coalition, with the name they joined under (null if the events did not name them). */
	public record Member(String id, Role role, String name) {
	}

	/** Every member of the coalition, by id; none for a coalition the events have not named. */
	public List<Member> members(String coalitionId) {
		Query query = Query.query(Criteria.where("_id").is(coalitionId));
		query.fields().include("members", "names");
		Roster roster = mongo.findOne(query, Roster.class);
		if (roster == null || roster.members() == null) {
			return List.of();
		}
		Map<String, String> names = roster.names() == null ? Map.of() : roster.names();
		return roster.members()
			.entrySet()
			.stream()
			.map(member -> new Member(member.getKey(), member.getValue(), names.get(member.getKey())))
			.sorted(Comparator.comparing(Member::id))
			.toList();
	}

	public Optional<Role> roleOf(String coalitionId, String memberId) {
		// every command asks this: read the one member's entry, not the roster with its remembered event ids
		Query query = Query.query(Criteria.where("_id").is(coalitionId));
		query.fields().include("members." + memberId);
		Roster roster = mongo.findOne(query, Roster.class);
		return roster == null || roster.members() == null ? Optional.empty()
				: Optional.ofNullable(roster.members().get(memberId));
	}

	/**
	 * The stakeholder group the member joined with, as membership-service's {@code MemberJoined} said (what the
	 * coalition's balance counted them under then); empty if the events named none.
	 */
	public Optional<String> stakeholderGroupOf(String coalitionId, String memberId) {
		Query query = Query.query(Criteria.where("_id").is(coalitionId));
		query.fields().include(GROUPS + "." + memberId);
		org.bson.Document roster = mongo.findOne(query, org.bson.Document.class, Roster.COLLECTION);
		if (roster == null || !(roster.get(GROUPS) instanceof org.bson.Document groups)) {
			return Optional.empty();
		}
		return Optional.ofNullable(groups.getString(memberId));
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

	/** The coalitions the person is a member (or coordinator) of, by id. */
	public List<String> coalitionsOf(String memberId) {
		if (memberId.contains(".") || memberId.startsWith("$")) {
			return List.of(); // never a member id, and it would name another field
		}
		Query query = Query.query(Criteria.where("members." + memberId).exists(true));
		query.fields().include("_id");
		return mongo.find(query, Roster.class).stream().map(Roster::coalitionId).sorted().toList();
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

	/**
	 * The proposer coordinates at once, before membership-service has said so, unless membership-service has
	 * already spoken of them here: the two topics are read in no fixed order (a replay reads one ahead of the other),
	 * and its word — a later leave, say — wins over the proposal's.
	 */
	private void proposed(ReceivedEvent<CoalitionProposed> event) {
		String proposer = event.data().proposerId();
		boolean told = mongo.exists(Query.query(Criteria.where("_id").is(event.coalitionId())
			.and(TOLD + "." + proposer).exists(true)), Roster.COLLECTION);
		Update update = told ? new Update()
				: new Update().set("members." + proposer, Role.COORDINATOR).set("names." + proposer,
						event.data().proposerName());
		AppliedEvents.applyOnce(mongo, Roster.COLLECTION, event.coalitionId(), event.id(), update);
	}

	private void set(ReceivedEvent<?> event, String memberId, Role role, String name, String stakeholderGroup) {
		Update update = new Update().set("members." + memberId, role).set(TOLD + "." + memberId, true);
		if (name != null) {
			update.set("names." + memberId, name);
		}
		if (stakeholderGroup != null) {
			update.set(GROUPS + "." + memberId, stakeholderGroup);
		}
		AppliedEvents.applyOnce(mongo, Roster.COLLECTION, event.coalitionId(), event.id(), update);
	}

	private void left(ReceivedEvent<MemberLeft> event) {
		AppliedEvents.applyOnce(mongo, Roster.COLLECTION, event.coalitionId(), event.id(),
				new Update().unset("members." + event.data().memberId())
					.unset("names." + event.data().memberId())
					.unset(GROUPS + "." + event.data().memberId())
					.set(TOLD + "." + event.data().memberId(), true));
	}
}
