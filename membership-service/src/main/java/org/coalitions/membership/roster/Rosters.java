package org.coalitions.membership.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.coalitions.contracts.Role;
import org.coalitions.contracts.Topics;
import org.coalitions.membership.directory.CoalitionDirectory;
import org.coalitions.membership.directory.CoalitionEntry;
import org.coalitions.membership.profile.CoalitionMemberships;
import org.coalitions.membership.profile.CoordinatorRoles;
import org.coalitions.membership.profile.MemberProfile;
import org.coalitions.membership.profile.ProfileChanged;
import org.coalitions.membership.profile.Profiles;
import org.coalitions.membership.profile.SignIn;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.NotKnownYetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Joining, leaving, join requests, roles and balance, each command one write of the coalition's roster. Who
 * may do what is decided by this service's own memberships, never by token roles.
 */
@Service
public class Rosters implements CoordinatorRoles, CoalitionMemberships {

	private static final Logger log = LoggerFactory.getLogger(Rosters.class);

	private final MongoOperations mongo;

	private final CoalitionDirectory directory;

	private final Profiles profiles;


	private final Clock clock;

	private final BalanceRule rule;

	private final EventHandlers handlers;

	Rosters(MongoOperations mongo, CoalitionDirectory directory, Profiles profiles, Clock clock,
			MembershipProperties properties) {
		this.mongo = mongo;
		this.directory = directory;
		this.profiles = profiles;
		this.clock = clock;
		this.rule = properties.balanceRule();
		this.handlers = EventHandlers.builder().on(CoalitionProposed.class, this::proposed).build();
	}

	/**
	 * Makes each proposer the first coordinator. A consumer group of its own (beside the directory's): the roster
	 * does not need the directory entry, and a join that arrives first simply finds the roster without its
	 * coordinator for a moment.
	 */
	@EventSubscription(id = "membership-rosters", groupSuffix = "rosters", topics = Topics.COALITION_EVENTS)
	EventHandlers handlers() {
		return handlers;
	}

	Roster.JoinOutcome join(String coalitionId, SignIn signIn, String message) {
		CoalitionEntry coalition = coalition(coalitionId);
		Applicant applicant = Applicant.of(profiles.signIn(signIn));
		return update(coalitionId, roster -> roster.join(applicant, JoinTerms.of(coalition), blankToNull(message),
				rule, now()));
	}

	JoinRequest decide(String coalitionId, String requestId, boolean approve, String message, CurrentUser decider) {
		CoalitionEntry coalition = coalition(coalitionId);
		return update(coalitionId, roster -> {
			Applicant requester = roster.request(requestId)
				.flatMap(request -> profiles.find(request.memberId())
					.filter(MemberProfile::isComplete)
					.map(Applicant::of)
					.or(() -> Optional.of(request.applicant())))
				.orElse(null);
			return roster.decide(requestId, approve, blankToNull(message), requester, JoinTerms.of(coalition),
					decider.id(), rule, now());
		});
	}

	void leave(String coalitionId, CurrentUser member, String successorId) {
		coalition(coalitionId);
		update(coalitionId, roster -> {
			roster.leave(member.id(), blankToNull(successorId), rule, now());
			return null;
		});
	}

	void remove(String coalitionId, String memberId, CurrentUser remover) {
		coalition(coalitionId);
		update(coalitionId, roster -> {
			roster.remove(memberId, remover.id(), rule, now());
			return null;
		});
	}

	Membership changeRole(String coalitionId, String memberId, Role role, CurrentUser changer) {
		coalition(coalitionId);
		return update(coalitionId, roster -> {
			roster.changeRole(memberId, role, changer.id(), now());
			return roster.member(memberId).orElseThrow();
		});
	}

	/**
	 * The members list, for anyone (open membership): names, stakeholder groups, countries, roles. Organisations
	 * only for the coalition's members and the secretariat; emails only for its coordinators, and only of members
	 * who consented. {@code viewer} is null for someone signed out.
	 */
	List<MemberView> members(String coalitionId, CurrentUser viewer) {
		coalition(coalitionId);
		Roster roster = find(coalitionId);
		boolean insider = viewer != null && (viewer.secretariat() || roster.member(viewer.id()).isPresent());
		boolean coordinator = viewer != null && roster.isCoordinator(viewer.id());
		List<Membership> members = roster.members();
		Map<String, MemberProfile> found = profiles.findAll(members.stream().map(Membership::memberId).toList());
		return members.stream().map(membership -> {
			MemberProfile profile = found.get(membership.memberId());
			return MemberView.of(membership, profile, insider,
					coordinator && profile != null && profile.isEmailVisibleToCoordinators());
		}).toList();
	}

	List<JoinRequest> joinRequests(String coalitionId, JoinRequestStatus status, CurrentUser viewer) {
		coalition(coalitionId);
		return find(coalitionId).joinRequests(status, viewer.id());
	}

	BalanceView balance(String coalitionId) {
		coalition(coalitionId);
		return BalanceView.of(coalitionId, find(coalitionId).balance(rule), rule);
	}

	/**
	 * The coalition someone invites people to: known here (else 404, or 503 while this service is behind), the
	 * inviter one of its coordinators (403) and the coalition still taking members (409).
	 */
	public CoalitionEntry invitingTo(String coalitionId, CurrentUser inviter) {
		CoalitionEntry coalition = coalition(coalitionId);
		find(coalitionId).checkInviting(inviter.id(), JoinTerms.of(coalition));
		return coalition;
	}

	/** Only the coalition's coordinators see and revoke its invitations (403; 404 for an unknown coalition). */
	public void checkManagingInvitations(String coalitionId, CurrentUser user) {
		coalition(coalitionId);
		find(coalitionId).checkManagingInvitations(user.id());
	}

	/**
	 * The holder of an accepted invitation becomes a member at once, by the roster's own rules (a complete
	 * profile, a coalition that takes members).
	 * @return false when they were a member already
	 */
	public boolean admitInvited(String coalitionId, SignIn signIn) {
		CoalitionEntry coalition = coalition(coalitionId);
		Applicant applicant = Applicant.of(profiles.signIn(signIn));
		return update(coalitionId, roster -> roster.admitInvited(applicant, JoinTerms.of(coalition), rule, now()));
	}

	/**
	 * What the rosters hold about one person, for "download my data": each coalition where they are a member or
	 * asked to join, with their membership and their own join requests (nothing of the other members). One query,
	 * whatever the number of coalitions.
	 */
	public List<PersonInRoster> about(String personId) {
		Query theirs = Query.query(new Criteria().orOperator(Criteria.where("members.memberId").is(personId),
				Criteria.where("joinRequests.memberId").is(personId)));
		return mongo.find(theirs, Roster.class).stream().map(roster -> roster.about(personId)).toList();
	}

	/**
	 * The person deleted their account: each roster they are in or asked to join loses them ({@link Roster#erase}),
	 * each in its own write. Answers the names the rosters kept for them, for the scrub that follows.
	 */
	public java.util.Set<String> erase(String personId) {
		Query theirs = Query.query(new Criteria().orOperator(Criteria.where("members.memberId").is(personId),
				Criteria.where("joinRequests.memberId").is(personId)));
		java.util.Set<String> names = new java.util.LinkedHashSet<>();
		for (Roster roster : mongo.find(theirs, Roster.class)) {
			names.addAll(roster.namesOf(personId));
			update(roster.getId(), fresh -> {
				fresh.erase(personId, rule, now());
				return null;
			});
		}
		return names;
	}

	@Override
	public boolean coordinatesAny(String memberId) {
		return mongo.exists(Query.query(Criteria.where("members")
			.elemMatch(Criteria.where("memberId").is(memberId).and("role").is(Role.COORDINATOR.name()))),
				Roster.class);
	}

	@Override
	public boolean isMember(String memberId, String coalitionId) {
		// by id alone: the embedded store uses its index only for a query on exactly _id
		Roster roster = mongo.findById(coalitionId, Roster.class);
		return roster != null && roster.member(memberId).isPresent();
	}

	@Override
	public Map<String, String> coalitionsOf(String memberId) {
		Query theirs = Query.query(Criteria.where("members.memberId").is(memberId));
		theirs.fields().include("_id");
		Map<String, String> names = new LinkedHashMap<>();
		for (Roster roster : mongo.find(theirs, Roster.class)) {
			names.put(roster.getId(),
					directory.find(roster.getId()).map(CoalitionEntry::name).orElse(roster.getId()));
		}
		return names;
	}

	/** A member's name, group or country changed: their memberships, and so the balances, follow. */
	@EventListener
	void profileChanged(ProfileChanged change) {
		Applicant current = new Applicant(change.memberId(), change.displayName(), change.stakeholderGroup(),
				change.country());
		Query theirs = Query.query(Criteria.where("members.memberId").is(change.memberId()));
		theirs.fields().include("_id");
		for (Roster roster : mongo.find(theirs, Roster.class)) {
			try {
				update(roster.getId(), fresh -> fresh.refresh(current, rule, now()));
			}
			catch (RuntimeException ex) {
				// the profile is saved; the copy is taken again at the member's next profile change
				log.warn("Could not bring the membership of {} in {} up to date: {}", change.memberId(),
						roster.getId(), ex.toString());
			}
		}
	}

	private void proposed(ReceivedEvent<CoalitionProposed> event) {
		CoalitionProposed proposal = event.data();
		if (proposal.proposerId() == null || proposal.proposerId().isBlank()) {
			log.warn("Proposal {} of coalition {} names no proposer: no first coordinator", event.id(),
					proposal.coalitionId());
			return;
		}
		MemberProfile proposer = profiles.ensureExists(proposal.proposerId(), proposal.proposerName());
		if (proposer.isErased()) {
			// a proposal read after its proposer deleted their account: they coordinate nothing any more
			return;
		}
		update(proposal.coalitionId(),
				roster -> roster.appointProposer(event.id(), Applicant.of(proposer), rule, now()));
	}

	private CoalitionEntry coalition(String coalitionId) {
		return directory.find(coalitionId)
			.orElseThrow(() -> new NotKnownYetException("membership-service knows no coalition with id " + coalitionId,
					Topics.COALITION_EVENTS, () -> directory.find(coalitionId).isPresent()));
	}

	private Roster find(String coalitionId) {
		Roster roster = mongo.findById(coalitionId, Roster.class);
		return roster == null ? Roster.start(coalitionId) : roster;
	}

	/**
	 * Loads the roster (a new one if the coalition has none yet), applies the command and saves it with its
	 * events in one write. This process's commands on one roster take turns, so people joining and leaving at
	 * once all succeed; another writer saving first (another instance, the relay removing sent events, the same
	 * new roster inserted twice) makes it start again on the fresh state; the rules are checked again there.
	 */
	private <T> T update(String coalitionId, Function<Roster, T> command) {
		return ConcurrentSaves.retrying(Roster.COLLECTION, coalitionId, () -> {
			Roster roster = find(coalitionId);
			T result = command.apply(roster);
			if (roster.changed()) {
				mongo.save(roster);
			}
			return result;
		});
	}

	/** Milliseconds, as the store keeps them. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
