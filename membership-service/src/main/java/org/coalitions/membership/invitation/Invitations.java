package org.coalitions.membership.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.coalitions.membership.directory.CoalitionDirectory;
import org.coalitions.membership.directory.CoalitionEntry;
import org.coalitions.membership.profile.MemberProfile;
import org.coalitions.membership.profile.Profiles;
import org.coalitions.membership.profile.SignIn;
import org.coalitions.membership.roster.Rosters;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Inviting, listing, revoking and accepting invitations. Who may invite, and what joining takes, is the roster's
 * ({@link Rosters}); the link's token is {@link InvitationTokens}'; the invitation's own rules are
 * {@link Invitation}'s.
 */
@Service
public class Invitations {

	/** The same answer for an unknown invitation and a wrong token: the link says nothing about which. */
	private static final String NOT_VALID = "This invitation link is not valid: check that it was copied whole.";

	private final MongoOperations mongo;

	private final Rosters rosters;

	private final CoalitionDirectory directory;

	private final Profiles profiles;

	private final InvitationTokens tokens;

	private final Clock clock;

	Invitations(MongoOperations mongo, Rosters rosters, CoalitionDirectory directory, Profiles profiles,
			InvitationTokens tokens, Clock clock) {
		this.mongo = mongo;
		this.rosters = rosters;
		this.directory = directory;
		this.profiles = profiles;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * One invitation per address (lower-cased, repeats folded); an address with a pending invitation to the
	 * coalition gets nothing new (no second mail). Invitations expired long ago are deleted on the way.
	 */
	InvitationsMade invite(String coalitionId, List<String> emails, String message, CurrentUser inviter) {
		CoalitionEntry coalition = rosters.invitingTo(coalitionId, inviter);
		Instant now = now();
		forgetExpired(now);
		String inviterName = profiles.find(inviter.id()).map(MemberProfile::getDisplayName).orElse(inviter.name());
		Set<String> addresses = new LinkedHashSet<>();
		emails.forEach(email -> addresses.add(email.strip().toLowerCase(Locale.ROOT)));
		List<InvitationView> invited = new ArrayList<>();
		List<String> alreadyInvited = new ArrayList<>();
		for (String email : addresses) {
			if (pendingFor(coalitionId, email, now)) {
				alreadyInvited.add(email);
				continue;
			}
			String id = UUID.randomUUID().toString();
			Invitation invitation = Invitation.send(id, coalitionId, coalition.name(), email, blankToNull(message),
					inviter.id(), inviterName, tokens.linkPath(id), now);
			mongo.insert(invitation);
			invited.add(InvitationView.of(invitation, now));
		}
		return new InvitationsMade(invited, alreadyInvited);
	}

	/** The pending invitations that have not expired, newest first, for the coalition's coordinators. */
	List<InvitationView> pending(String coalitionId, CurrentUser viewer) {
		rosters.checkManagingInvitations(coalitionId, viewer);
		Instant now = now();
		Query query = Query.query(pending(coalitionId, now)).with(Sort.by(Sort.Direction.DESC, "createdAt"));
		return mongo.find(query, Invitation.class).stream().map(invitation -> InvitationView.of(invitation, now)).toList();
	}

	void revoke(String coalitionId, String invitationId, CurrentUser coordinator) {
		rosters.checkManagingInvitations(coalitionId, coordinator);
		ConcurrentSaves.retrying(() -> {
			Invitation invitation = mongo.findById(invitationId, Invitation.class);
			if (invitation == null || !invitation.coalitionId().equals(coalitionId)) {
				throw new NotFoundException("This coalition has no invitation " + invitationId);
			}
			if (invitation.revoke(coordinator.id(), now())) {
				mongo.save(invitation);
			}
			return null;
		});
	}

	/** For anyone holding the link: what it invites to and whether it can still be accepted. */
	InvitationLookup lookup(String invitationId, String token) {
		Invitation invitation = verified(invitationId, token);
		String coalitionName = directory.find(invitation.coalitionId()).map(CoalitionEntry::name).orElse(null);
		return new InvitationLookup(invitation.state(now()), invitation.coalitionId(), coalitionName,
				invitation.inviterName(), invitation.message(), invitation.expiresAt());
	}

	/**
	 * The holder of the link becomes a member at once. The invitation is marked used first (one write, checked
	 * against concurrent ones), so that one link makes one member; if the roster then refuses (an incomplete
	 * profile, a coalition that ended) it is pending again. Someone who is a member already uses it all the same.
	 */
	InvitationAccepted accept(String invitationId, String token, SignIn signIn) {
		Invitation accepted = ConcurrentSaves.retrying(() -> {
			Invitation invitation = verified(invitationId, token);
			invitation.accept(signIn.id(), now());
			mongo.save(invitation);
			return invitation;
		});
		try {
			rosters.admitInvited(accepted.coalitionId(), signIn);
		}
		catch (RuntimeException refused) {
			ConcurrentSaves.retrying(() -> {
				Invitation invitation = mongo.findById(invitationId, Invitation.class);
				if (invitation != null && signIn.id().equals(invitation.acceptedBy())) {
					invitation.acceptanceFailed();
					mongo.save(invitation);
				}
				return null;
			});
			throw refused;
		}
		return new InvitationAccepted(accepted.coalitionId());
	}

	private Invitation verified(String invitationId, String token) {
		if (!tokens.matches(invitationId, token)) {
			throw new NotFoundException(NOT_VALID);
		}
		Invitation invitation = mongo.findById(invitationId, Invitation.class);
		if (invitation == null) {
			throw new NotFoundException(NOT_VALID);
		}
		return invitation;
	}

	private boolean pendingFor(String coalitionId, String email, Instant now) {
		return mongo.exists(Query.query(pending(coalitionId, now).and("email").is(email)), Invitation.class);
	}

	/** The coalition's invitations that can still be accepted. */
	private static Criteria pending(String coalitionId, Instant now) {
		return Criteria.where("coalitionId").is(coalitionId)
			.and("status").is(InvitationStatus.PENDING.name())
			.and("expiresAt").gt(now);
	}

	/**
	 * The person deleted their account: the invitations to their addresses, and those they accepted (possibly sent
	 * to an address of theirs not known here), are deleted, with the coordinators' messages to them. Invitations
	 * they sent stay for the people invited (their name is scrubbed from them). Answers how many went.
	 */
	public int eraseAddressedTo(String personId, java.util.Collection<String> addresses) {
		List<String> lowerCased = addresses.stream().map(address -> address.strip().toLowerCase(Locale.ROOT)).toList();
		return (int) mongo.remove(Query.query(new Criteria().orOperator(Criteria.where("email").in(lowerCased),
				Criteria.where("acceptedBy").is(personId))), Invitation.class).getDeletedCount();
	}

	/** Without a scheduler here, the addresses of long-expired invitations are removed whenever someone invites. */
	private void forgetExpired(Instant now) {
		mongo.remove(Query.query(Criteria.where("expiresAt").lt(now.minus(Invitation.KEPT_AFTER_EXPIRY))),
				Invitation.class);
	}

	/** Milliseconds, as the store keeps them. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
	/**
	 * The invitations that concern a person, for "download my data": those addressed to their address (made before
	 * or after they signed in here) and those they sent. Of the ones they sent, the invitee's address is left out:
	 * it is another person's. One query.
	 */
	public InvitationsOfPerson about(String personId, String email) {
		Instant now = clock.instant();
		String address = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
		Criteria sent = Criteria.where("invitedBy").is(personId);
		Criteria theirs = address == null ? sent : new Criteria().orOperator(sent, Criteria.where("email").is(address));
		List<InvitationsOfPerson.Received> received = new ArrayList<>();
		List<InvitationsOfPerson.Sent> made = new ArrayList<>();
		for (Invitation invitation : mongo.find(Query.query(theirs).with(Sort.by("createdAt")), Invitation.class)) {
			if (invitation.email().equals(address)) {
				received.add(new InvitationsOfPerson.Received(invitation.getId(), invitation.coalitionId(),
						invitation.email(), invitation.inviterName(), invitation.message(), invitation.createdAt(),
						invitation.expiresAt(), invitation.state(now).name(), invitation.acceptedAt()));
			}
			if (personId.equals(invitation.invitedBy())) {
				made.add(new InvitationsOfPerson.Sent(invitation.getId(), invitation.coalitionId(),
						invitation.message(), invitation.createdAt(), invitation.expiresAt(),
						invitation.state(now).name()));
			}
		}
		return new InvitationsOfPerson(received, made);
	}
}
