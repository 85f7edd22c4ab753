package org.coalitions.membership.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * The members of one coalition, their roles and its join requests, in one versioned document (id: the
 * coalition's id). Every command is one write of this document, its events included (the outbox), so joining,
 * leaving, deciding and changing roles are atomic with the balance they change, without transactions.
 *
 * <p>Rules kept here: a coalition always keeps a coordinator; only its own coordinators see and decide join
 * requests, remove members and change roles; a join needs a complete profile and a coalition that is not closed; a
 * BalanceChanged event follows every change of the balance, and only a change; only coordinators invite people,
 * and an accepted invitation admits its holder at once, also to a moderated coalition (the coordinators decided
 * when they invited).
 */
@Document(Roster.COLLECTION)
public class Roster extends OutboxAggregate {

	/** Why joining is refused once a coalition has ended: closed, or declined by the secretariat (final both). */
	private static final String ENDED = "This coalition has ended (closed, or declined by the secretariat) and "
			+ "takes no new members.";

	static final String COLLECTION = "rosters";

	/** Decided requests kept for the record; pending ones are always kept. */
	static final int DECIDED_REQUESTS_KEPT = 200;

	private List<Membership> members = new ArrayList<>();

	private List<JoinRequest> joinRequests = new ArrayList<>();

	/** Ids of the consumed events applied to this roster (the proposals), so a redelivery changes nothing. */
	@Field(AppliedEvents.FIELD)
	private List<String> appliedEvents = new ArrayList<>();

	@Transient
	private boolean changed;

	protected Roster() {
	}

	static Roster start(String coalitionId) {
		Roster roster = new Roster();
		roster.id = coalitionId;
		return roster;
	}

	/**
	 * Joins at once (OPEN) or asks to (MODERATED).
	 * @return the new membership, or the pending request
	 */
	JoinOutcome join(Applicant applicant, JoinTerms terms, String message, BalanceRule rule, Instant now) {
		if (member(applicant.memberId()).isPresent()) {
			throw RuleViolationException.conflict("You are a member of this coalition already.");
		}
		if (pendingRequestOf(applicant.memberId()).isPresent()) {
			throw RuleViolationException.conflict(
					"You have asked to join this coalition already; its coordinators have not decided yet.");
		}
		if (terms.closed()) {
			throw RuleViolationException.conflict(ENDED);
		}
		if (!applicant.complete()) {
			throw RuleViolationException.unprocessable("Complete your profile before joining: set your stakeholder "
					+ "group and country (PUT /api/me). A coalition's balance is counted by them.");
		}
		if (terms.policy() == JoinPolicy.MODERATED) {
			JoinRequest request = JoinRequest.of(UUID.randomUUID().toString(), applicant, message, now);
			joinRequests.add(request);
			record(new JoinRequested(id, request.requestId(), applicant.memberId(), applicant.displayName(),
					applicant.groupName(), applicant.country(), message), applicant.memberId(), now);
			changed = true;
			return new JoinOutcome(null, request);
		}
		return new JoinOutcome(admit(applicant, Role.MEMBER, applicant.memberId(), rule, now), null);
	}

	/** Only this coalition's coordinators invite people, and only while it takes new members. */
	void checkInviting(String inviterId, JoinTerms terms) {
		requireCoordinator(inviterId, "invite people");
		if (terms.closed()) {
			throw RuleViolationException.conflict(ENDED);
		}
	}

	/** Only this coalition's coordinators see and revoke its invitations. */
	void checkManagingInvitations(String userId) {
		requireCoordinator(userId, "see and revoke its invitations");
	}

	/**
	 * Admits the holder of an accepted invitation at once, whatever the join policy: the coordinators chose them
	 * when they invited. A pending join request of theirs is settled as approved by the invitation. The balance
	 * and MemberJoined follow as for any join.
	 * @return false when they are a member already (nothing changes)
	 */
	boolean admitInvited(Applicant applicant, JoinTerms terms, BalanceRule rule, Instant now) {
		if (member(applicant.memberId()).isPresent()) {
			return false;
		}
		if (terms.closed()) {
			throw RuleViolationException.conflict(ENDED);
		}
		if (!applicant.complete()) {
			throw RuleViolationException.conflict("Complete your profile before joining: set your stakeholder "
					+ "group and country (PUT /api/me, or your profile page), then open the invitation again. A "
					+ "coalition's balance is counted by them.");
		}
		pendingRequestOf(applicant.memberId()).ifPresent(request -> {
			joinRequests.set(joinRequests.indexOf(request), request.decided(true, null, null, now));
			record(new JoinRequestDecided(id, request.requestId(), request.memberId(), true, null, null),
					applicant.memberId(), now);
		});
		admit(applicant, Role.MEMBER, applicant.memberId(), rule, now);
		return true;
	}

	/**
	 * A coordinator's decision on a pending request. {@code requester} is the requester as they are now (their
	 * profile may have changed since they asked).
	 */
	JoinRequest decide(String requestId, boolean approve, String message, Applicant requester, JoinTerms terms,
			String deciderId, BalanceRule rule, Instant now) {
		requireCoordinator(deciderId, "decide join requests");
		JoinRequest request = request(requestId)
			.orElseThrow(() -> new NotFoundException("This coalition has no join request " + requestId));
		if (!request.pending()) {
			throw RuleViolationException.conflict("This request was " + request.status().name().toLowerCase()
					+ " already.");
		}
		if (approve && terms.closed()) {
			throw RuleViolationException.conflict(ENDED);
		}
		JoinRequest decided = request.decided(approve, deciderId, message, now);
		joinRequests.set(joinRequests.indexOf(request), decided);
		forgetOldDecisions();
		record(new JoinRequestDecided(id, requestId, request.memberId(), approve, deciderId, message), deciderId, now);
		changed = true;
		if (approve && member(request.memberId()).isEmpty()) {
			admit(requester, Role.MEMBER, deciderId, rule, now);
		}
		return decided;
	}

	/**
	 * The member leaves. The last coordinator may leave only by naming a successor, a member who is promoted
	 * first; a named successor is promoted in any case.
	 */
	void leave(String memberId, String successorId, BalanceRule rule, Instant now) {
		Membership leaving = member(memberId)
			.orElseThrow(() -> new NotFoundException("You are not a member of this coalition."));
		if (successorId != null) {
			if (!leaving.coordinator()) {
				throw RuleViolationException.unprocessable("Only a coordinator names a successor.");
			}
			if (successorId.equals(memberId)) {
				throw RuleViolationException.unprocessable("Name another member as your successor, not yourself.");
			}
			Membership successor = member(successorId).orElseThrow(() -> RuleViolationException
				.unprocessable("Your successor must be a member of this coalition; " + successorId + " is not."));
			if (!successor.coordinator()) {
				setRole(successor, Role.COORDINATOR, memberId, now);
			}
		}
		else if (leaving.coordinator() && coordinators() == 1) {
			throw RuleViolationException.unprocessable("You are this coalition's last coordinator: name a member "
					+ "to succeed you (?successor=<memberId>) before you leave.");
		}
		remove(leaving, null, rule, now);
	}

	/**
	 * The person deleted their account: their membership ends as a departure would ({@code MemberLeft}, the
	 * balance), except that it cannot be refused: the last coordinator's successor is the member who joined
	 * earliest (none left: the coalition has no coordinator until someone is made one). Their join requests go
	 * with what they wrote. Nothing of theirs here: nothing changes.
	 */
	void erase(String personId, BalanceRule rule, Instant now) {
		Optional<Membership> leaving = member(personId);
		if (leaving.isPresent()) {
			if (leaving.get().coordinator() && coordinators() == 1) {
				members.stream()
					.filter(other -> !other.memberId().equals(personId))
					.min(Comparator.comparing(Membership::joinedAt))
					.ifPresent(successor -> setRole(successor, Role.COORDINATOR, personId, now));
			}
			remove(leaving.get(), null, rule, now);
		}
		if (joinRequests.removeIf(request -> request.memberId().equals(personId))) {
			changed = true;
		}
	}

	/** The names this roster keeps for the person (as they joined, as they asked to). */
	java.util.Set<String> namesOf(String personId) {
		java.util.Set<String> names = new java.util.LinkedHashSet<>();
		member(personId).map(Membership::displayName).ifPresent(names::add);
		joinRequests.stream()
			.filter(request -> request.memberId().equals(personId) && request.displayName() != null)
			.forEach(request -> names.add(request.displayName()));
		return names;
	}

	/** A coordinator removes a member; removing oneself is leaving. */
	void remove(String memberId, String removerId, BalanceRule rule, Instant now) {
		requireCoordinator(removerId, "remove members");
		if (memberId.equals(removerId)) {
			leave(memberId, null, rule, now);
			return;
		}
		Membership removed = member(memberId)
			.orElseThrow(() -> new NotFoundException("No member " + memberId + " in this coalition."));
		remove(removed, removerId, rule, now);
	}

	/**
	 * A coordinator promotes or demotes a member (themselves included), but the last coordinator cannot step
	 * down.
	 * @return whether the role changed (asking for the role someone has changes nothing)
	 */
	boolean changeRole(String memberId, Role role, String changerId, Instant now) {
		requireCoordinator(changerId, "change roles");
		Membership membership = member(memberId)
			.orElseThrow(() -> new NotFoundException("No member " + memberId + " in this coalition."));
		if (membership.role() == role) {
			return false;
		}
		if (membership.coordinator() && coordinators() == 1) {
			throw RuleViolationException.unprocessable("A coalition keeps at least one coordinator: promote "
					+ "someone else before this coordinator steps down.");
		}
		setRole(membership, role, changerId, now);
		return true;
	}

	/**
	 * The proposer of the coalition becomes its first coordinator, once per proposal event however often it
	 * is delivered. A proposer who joined meanwhile is promoted.
	 */
	boolean appointProposer(String eventId, Applicant proposer, BalanceRule rule, Instant now) {
		if (!AppliedEvents.remember(appliedEvents, eventId)) {
			return false;
		}
		changed = true;
		Optional<Membership> existing = member(proposer.memberId());
		if (existing.isEmpty()) {
			// a request the proposer made before the proposal reached us is settled by the proposal itself
			pendingRequestOf(proposer.memberId()).ifPresent(request -> {
				joinRequests.set(joinRequests.indexOf(request), request.decided(true, null, null, now));
				record(new JoinRequestDecided(id, request.requestId(), request.memberId(), true, null, null),
						proposer.memberId(), now);
			});
			admit(proposer, Role.COORDINATOR, proposer.memberId(), rule, now);
		}
		else if (!existing.get().coordinator()) {
			setRole(existing.get(), Role.COORDINATOR, null, now);
		}
		return true;
	}

	/** Takes a member's new name, group or country; the balance follows. */
	boolean refresh(Applicant current, BalanceRule rule, Instant now) {
		Optional<Membership> membership = member(current.memberId());
		if (membership.isEmpty()) {
			return false;
		}
		Membership updated = membership.get().copying(current);
		if (updated.equals(membership.get())) {
			return false;
		}
		Balance before = balance(rule);
		members.set(members.indexOf(membership.get()), updated);
		changed = true;
		rebalanced(before, rule, current.memberId(), now);
		return true;
	}

	Balance balance(BalanceRule rule) {
		return rule.measure(members);
	}

	Optional<Membership> member(String memberId) {
		return members.stream().filter(member -> member.memberId().equals(memberId)).findFirst();
	}

	boolean isCoordinator(String memberId) {
		return member(memberId).map(Membership::coordinator).orElse(false);
	}

	/** Coordinators first, then by when they joined. */
	List<Membership> members() {
		return members.stream()
			.sorted(Comparator.comparing((Membership member) -> !member.coordinator())
				.thenComparing(Membership::joinedAt))
			.toList();
	}

	/** The person's membership here (if any) and their own join requests, oldest first. */
	PersonInRoster about(String personId) {
		Membership membership = member(personId).orElse(null);
		return new PersonInRoster(getId(), membership == null ? null : membership.role(),
				membership == null ? null : membership.joinedAt(),
				joinRequests.stream()
					.filter(request -> request.memberId().equals(personId))
					.sorted(Comparator.comparing(JoinRequest::requestedAt))
					.map(request -> new PersonInRoster.Request(request.requestId(), request.message(),
							request.requestedAt(), request.status(), request.decidedAt(), request.decisionMessage()))
					.toList());
	}

	/** Join requests ({@code status} null: all of them), for this coalition's own coordinators only. */
	List<JoinRequest> joinRequests(JoinRequestStatus status, String viewerId) {
		requireCoordinator(viewerId, "see its join requests");
		return joinRequests(status);
	}

	List<JoinRequest> joinRequests(JoinRequestStatus status) {
		return joinRequests.stream()
			.filter(request -> status == null || request.status() == status)
			.sorted(Comparator.comparing(JoinRequest::requestedAt))
			.toList();
	}

	Optional<JoinRequest> request(String requestId) {
		return joinRequests.stream().filter(request -> request.requestId().equals(requestId)).findFirst();
	}

	/** Whether a command changed this roster, so it must be saved. */
	boolean changed() {
		return changed;
	}

	private Membership admit(Applicant applicant, Role role, String actor, BalanceRule rule, Instant now) {
		Balance before = balance(rule);
		Membership membership = Membership.of(applicant, role, now);
		members.add(membership);
		record(new MemberJoined(id, applicant.memberId(), applicant.displayName(), applicant.groupName(),
				applicant.country(), role.name()), actor, now);
		changed = true;
		rebalanced(before, rule, actor, now);
		return membership;
	}

	private void remove(Membership membership, String removerId, BalanceRule rule, Instant now) {
		Balance before = balance(rule);
		members.remove(membership);
		record(new MemberLeft(id, membership.memberId(), removerId),
				removerId == null ? membership.memberId() : removerId, now);
		changed = true;
		rebalanced(before, rule, removerId == null ? membership.memberId() : removerId, now);
	}

	private void setRole(Membership membership, Role role, String changerId, Instant now) {
		members.set(members.indexOf(membership), membership.withRole(role));
		record(new RoleChanged(id, membership.memberId(), role.name(), changerId), changerId, now);
		changed = true;
	}

	private void rebalanced(Balance before, BalanceRule rule, String actor, Instant now) {
		Balance after = balance(rule);
		if (!after.equals(before)) {
			record(after.toEvent(id), actor, now);
		}
	}

	private void requireCoordinator(String userId, String action) {
		if (!isCoordinator(userId)) {
			throw new ForbiddenException("Only coordinators of this coalition may " + action + ".");
		}
	}

	private long coordinators() {
		return members.stream().filter(Membership::coordinator).count();
	}

	private Optional<JoinRequest> pendingRequestOf(String memberId) {
		return joinRequests.stream()
			.filter(request -> request.pending() && request.memberId().equals(memberId))
			.findFirst();
	}

	private void forgetOldDecisions() {
		List<JoinRequest> decided = joinRequests.stream().filter(request -> !request.pending()).toList();
		if (decided.size() > DECIDED_REQUESTS_KEPT) {
			decided.stream()
				.sorted(Comparator.comparing(JoinRequest::decidedAt))
				.limit(decided.size() - DECIDED_REQUESTS_KEPT)
				.forEach(joinRequests::remove);
		}
	}

	/** The result of a join: a membership (joined at once) or a request (a coordinator decides). */
	record JoinOutcome(Membership membership, JoinRequest request) {
	}
}
