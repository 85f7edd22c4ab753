package org.coalitions.coalition.moderation;

import java.time.Duration;
import java.time.Instant;

import org.coalitions.contracts.PostingSuspended;
import org.coalitions.contracts.PostingSuspensionLifted;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's suspension from posting in one coalition (id {@code coalitionId:memberId}), the one home of its rules:
 * it lasts until its date, at most {@link #LONGEST} ahead, and ends by itself then; a new suspension replaces the
 * one in force; coordinators may lift it before. Kept after it ended, with who lifted it, for the next suspension
 * to replace.
 */
@Document(PostingSuspension.COLLECTION)
public class PostingSuspension extends OutboxAggregate {

	static final String COLLECTION = "posting_suspensions";

	/** The longest suspension: a year, after which the coordinators decide again. */
	static final Duration LONGEST = Duration.ofDays(365);

	private String coalitionId;

	private String memberId;

	private String memberName;

	private Instant until;

	private String reason;

	private String suspendedBy;

	private Instant suspendedAt;

	private String liftedBy;

	private Instant liftedAt;

	protected PostingSuspension() {
	}

	static String idOf(String coalitionId, String memberId) {
		return coalitionId + ":" + memberId;
	}

	static PostingSuspension none(String coalitionId, String memberId) {
		PostingSuspension suspension = new PostingSuspension();
		suspension.id = idOf(coalitionId, memberId);
		suspension.coalitionId = coalitionId;
		suspension.memberId = memberId;
		return suspension;
	}

	void suspend(String memberName, Instant until, String reason, String coordinatorId, Instant now) {
		if (!until.isAfter(now)) {
			throw RuleViolationException.unprocessable("A suspension must end in the future.");
		}
		if (until.isAfter(now.plus(LONGEST))) {
			throw RuleViolationException.unprocessable("A suspension lasts at most 365 days.");
		}
		this.memberName = memberName;
		this.until = until;
		this.reason = reason.strip();
		this.suspendedBy = coordinatorId;
		this.suspendedAt = now;
		this.liftedBy = null;
		this.liftedAt = null;
		record(new PostingSuspended(coalitionId, memberId, until, this.reason), coordinatorId, now);
	}

	void lift(String coordinatorId, Instant now) {
		if (!inForceAt(now)) {
			throw RuleViolationException.conflict("This member is not suspended.");
		}
		this.liftedBy = coordinatorId;
		this.liftedAt = now;
		record(new PostingSuspensionLifted(coalitionId, memberId), coordinatorId, now);
	}

	public boolean inForceAt(Instant now) {
		return until != null && liftedAt == null && until.isAfter(now);
	}

	public String getCoalitionId() {
		return coalitionId;
	}

	public String getMemberId() {
		return memberId;
	}

	public String getMemberName() {
		return memberName;
	}

	public Instant getUntil() {
		return until;
	}

	public String getReason() {
		return reason;
	}

	public String getSuspendedBy() {
		return suspendedBy;
	}

	public Instant getSuspendedAt() {
		return suspendedAt;
	}

	public Instant getLiftedAt() {
		return liftedAt;
	}
}
