package org.coalitions.contracts;

import java.util.Set;

/**
 * What counts as activity in a coalition: people doing things (proposing it, editing its charter, joining or
 * asking to join, starting and answering threads, scheduling, changing and cancelling meetings, adding minutes,
 * drafting, revising, opening for comment, commenting on, taking positions on, attaching files to and publishing
 * outcomes).
 * What the platform concludes about a coalition (status, balance, reporting status) and administrative changes
 * (reviews, decisions, roles, leaving, reminders, a comment window's closing) do not count.
 * <p>
 * The one definition: coalition-service's life cycle (last activity, quietness) and
 * notification-service's activity data (events per day, last activity) both ask it.
 */
public final class Activity {

	private static final Set<Class<? extends CoalitionEvent>> TYPES = Set.of(CoalitionProposed.class,
			CharterEdited.class, StatementRevised.class, ProposalResubmitted.class, ThreadStarted.class, ReplyPosted.class, MeetingScheduled.class, MinutesAdded.class,
			OutcomePublished.class, MemberJoined.class, JoinRequested.class, OutcomeDrafted.class, OutcomeRevised.class,
			CommentWindowOpened.class, OutcomeCommented.class, PositionRecorded.class, OutcomeDocumentAdded.class,
			MeetingChanged.class, MeetingCancelled.class);

	private Activity() {
	}

	/** The event types that count as activity. */
	public static Set<Class<? extends CoalitionEvent>> types() {
		return TYPES;
	}

	public static boolean isActivity(Object event) {
		return event != null && TYPES.contains(event.getClass());
	}
}
