package org.coalitions.membership.invitation;

import java.time.Duration;
import java.time.Instant;

import org.coalitions.contracts.InvitationSent;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person invited by mail address to one coalition, with its outbox ({@code InvitationSent}, in the write that
 * makes it).
 *
 * <p>Rules kept here: an invitation is valid for {@link #VALIDITY} from when it was made; it is used once (accepted
 * by whoever holds the link and signs in); a revoked or used one cannot be accepted; an accepted one cannot be
 * revoked; revoking twice changes nothing. The document, with the invitee's address, is deleted
 * {@link #KEPT_AFTER_EXPIRY} after it expired ({@code Invitations}).
 */
@Document(Invitation.COLLECTION)
public class Invitation extends OutboxAggregate {

	static final String COLLECTION = "invitations";

	static final Duration VALIDITY = Duration.ofDays(14);

	static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(30);

	private String coalitionId;

	private String email;

	private String message;

	private String invitedBy;

	private String inviterName;

	private Instant createdAt;

	private Instant expiresAt;

	private InvitationStatus status;

	private String acceptedBy;

	private Instant acceptedAt;

	private String revokedBy;

	private Instant revokedAt;

	protected Invitation() {
	}

	/**
	 * @param linkPath the signed link's path in the web app (made from {@code id} by {@link InvitationTokens})
	 */
	static Invitation send(String id, String coalitionId, String coalitionName, String email, String message,
			String invitedBy, String inviterName, String linkPath, Instant now) {
		Invitation invitation = new Invitation();
		invitation.id = id;
		invitation.coalitionId = coalitionId;
		invitation.email = email;
		invitation.message = message;
		invitation.invitedBy = invitedBy;
		invitation.inviterName = inviterName;
		invitation.createdAt = now;
		invitation.expiresAt = now.plus(VALIDITY);
		invitation.status = InvitationStatus.PENDING;
		invitation.record(new InvitationSent(coalitionId, id, coalitionName, email, inviterName, message,
				invitation.expiresAt, linkPath), invitedBy, now);
		return invitation;
	}

	InvitationState state(Instant now) {
		return switch (status) {
			case ACCEPTED -> InvitationState.ACCEPTED;
			case REVOKED -> InvitationState.REVOKED;
			case PENDING -> now.isBefore(expiresAt) ? InvitationState.PENDING : InvitationState.EXPIRED;
		};
	}

	/** The holder of the link accepts: only a pending invitation within its time, once. */
	void accept(String memberId, Instant now) {
		switch (state(now)) {
			case ACCEPTED -> throw RuleViolationException.conflict("This invitation was used already: an invitation "
					+ "link makes one person a member, once.");
			case REVOKED -> throw RuleViolationException.conflict("This invitation was revoked by the coalition's "
					+ "coordinators.");
			case EXPIRED -> throw RuleViolationException.conflict("This invitation expired on " + expiresAt
					+ "; ask the coalition's coordinators for a new one.");
			case PENDING -> {
				status = InvitationStatus.ACCEPTED;
				acceptedBy = memberId;
				acceptedAt = now;
			}
		}
	}

	/** Undoes an acceptance whose admission failed (an incomplete profile, a coalition that ended meanwhile). */
	void acceptanceFailed() {
		status = InvitationStatus.PENDING;
		acceptedBy = null;
		acceptedAt = null;
	}

	/**
	 * A coordinator revokes it. An accepted one cannot be (its holder is a member: remove them instead).
	 * @return whether it changed (revoking a revoked one does not)
	 */
	boolean revoke(String coordinatorId, Instant now) {
		if (status == InvitationStatus.ACCEPTED) {
			throw RuleViolationException.conflict("This invitation was accepted already; its holder is a member "
					+ "(a coordinator may remove members).");
		}
		if (status == InvitationStatus.REVOKED) {
			return false;
		}
		status = InvitationStatus.REVOKED;
		revokedBy = coordinatorId;
		revokedAt = now;
		return true;
	}

	String coalitionId() {
		return coalitionId;
	}

	String email() {
		return email;
	}

	String message() {
		return message;
	}

	String invitedBy() {
		return invitedBy;
	}

	String inviterName() {
		return inviterName;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	InvitationStatus status() {
		return status;
	}

	String acceptedBy() {
		return acceptedBy;
	}

	Instant acceptedAt() {
		return acceptedAt;
	}
}
