package org.coalitions.coalition.outcome;

import java.time.Instant;
import java.util.Objects;

import org.coalitions.contracts.Position;
import org.coalitions.contracts.PositionRecorded;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's position on one outcome: a document of its own under the id {@code outcomeId:memberId}, so that
 * members taking positions at once write different documents and never wait for or conflict with each other,
 * and a member has one position at most. Its event goes out through its own outbox.
 */
@Document(MemberPosition.COLLECTION)
public class MemberPosition extends OutboxAggregate {

	static final String COLLECTION = "outcome_positions";

	private String coalitionId;

	private String outcomeId;

	private String memberId;

	private String memberName;

	private Position position;

	private String reason;

	private boolean anonymous;

	private String stakeholderGroup;

	private Instant recordedAt;

	protected MemberPosition() {
	}

	static String idOf(String outcomeId, String memberId) {
		return outcomeId + ":" + memberId;
	}

	static MemberPosition none(String coalitionId, String outcomeId, String memberId) {
		MemberPosition taken = new MemberPosition();
		taken.id = idOf(outcomeId, memberId);
		taken.coalitionId = coalitionId;
		taken.outcomeId = outcomeId;
		taken.memberId = memberId;
		return taken;
	}

	/**
	 * Takes or changes the position (the rules are {@link CommentRound}'s); false when it is the same as before, which
	 * records nothing.
	 */
	boolean take(Position newPosition, String newReason, boolean newAnonymous, String name, String group,
			Instant now) {
		CommentRound.requireReason(newPosition, newReason);
		String reasonKept = newReason == null || newReason.isBlank() ? null : newReason.strip();
		boolean changed = position != null;
		if (changed && position == newPosition && Objects.equals(reason, reasonKept) && anonymous == newAnonymous) {
			return false;
		}
		position = newPosition;
		reason = reasonKept;
		anonymous = newAnonymous;
		memberName = name;
		stakeholderGroup = group;
		recordedAt = now;
		record(new PositionRecorded(coalitionId, outcomeId, position.name(), group, changed), memberId, now);
		return true;
	}

	boolean isNew() {
		return version == null;
	}

	public String getCoalitionId() {
		return coalitionId;
	}

	public String getOutcomeId() {
		return outcomeId;
	}

	public String getMemberId() {
		return memberId;
	}

	public String getMemberName() {
		return memberName;
	}

	public Position getPosition() {
		return position;
	}

	public String getReason() {
		return reason;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public String getStakeholderGroup() {
		return stakeholderGroup;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
