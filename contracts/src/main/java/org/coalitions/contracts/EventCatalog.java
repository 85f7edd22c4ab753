package org.coalitions.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every event type the platform knows. A breaking change to an event gets a new type name ({@code .v2}) and a
 * new record, published beside the old one while consumers move over.
 */
public final class EventCatalog {

	private static final String PREFIX = "org.coalitions.";

	private static final List<EventType<? extends CoalitionEvent>> COALITION_TYPES = List.of(
			coalition(CoalitionProposed.class, "coalition.proposed.v1"),
			coalition(CoalitionStatusChanged.class, "coalition.status-changed.v1"),
			coalition(CharterEdited.class, "coalition.charter-edited.v1"),
			coalition(ThreadStarted.class, "coalition.thread-started.v1"),
			coalition(ReplyPosted.class, "coalition.reply-posted.v1"),
			coalition(MeetingScheduled.class, "coalition.meeting-scheduled.v1"),
			coalition(MinutesAdded.class, "coalition.minutes-added.v1"),
			coalition(OutcomePublished.class, "coalition.outcome-published.v1"),
			coalition(ReportingStatusChanged.class, "coalition.reporting-status-changed.v1"),
			coalition(StatementRevised.class, "coalition.statement-revised.v1"),
			coalition(ProposalResubmitted.class, "coalition.proposal-resubmitted.v1"),
			coalition(ProposalReviewed.class, "coalition.proposal-reviewed.v1"),
			coalition(ReportingReminderDue.class, "coalition.reporting-reminder-due.v1"),
			coalition(QuietnessChanged.class, "coalition.quietness-changed.v1"),
			coalition(RepresentativesNamed.class, "coalition.representatives-named.v1"),
			coalition(CoordinationGroupChanged.class, "coalition.coordination-group-changed.v1"),
			coalition(OutcomeDrafted.class, "coalition.outcome-drafted.v1"),
			coalition(OutcomeRevised.class, "coalition.outcome-revised.v1"),
			coalition(CommentWindowOpened.class, "coalition.comment-window-opened.v1"),
			coalition(CommentWindowClosingSoon.class, "coalition.comment-window-closing-soon.v1"),
			coalition(CommentWindowClosed.class, "coalition.comment-window-closed.v1"),
			coalition(OutcomeCommented.class, "coalition.outcome-commented.v1"),
			coalition(PositionRecorded.class, "coalition.position-recorded.v1"),
			coalition(OutcomeDocumentAdded.class, "coalition.outcome-document-added.v1"),
			coalition(MeetingChanged.class, "coalition.meeting-changed.v1"),
			coalition(MeetingCancelled.class, "coalition.meeting-cancelled.v1"),
			coalition(PostHidden.class, "coalition.post-hidden.v1"),
			coalition(PostRestored.class, "coalition.post-restored.v1"),
			coalition(PostingSuspended.class, "coalition.posting-suspended.v1"),
			coalition(PostingSuspensionLifted.class, "coalition.posting-suspension-lifted.v1"),
			membership(MemberJoined.class, "membership.member-joined.v1"),
			membership(JoinRequested.class, "membership.join-requested.v1"),
			membership(JoinRequestDecided.class, "membership.join-request-decided.v1"),
			membership(MemberLeft.class, "membership.member-left.v1"),
			membership(RoleChanged.class, "membership.role-changed.v1"),
			membership(BalanceChanged.class, "membership.balance-changed.v1"),
			membership(InvitationSent.class, "membership.invitation-sent.v1"));

	private static final List<EventType<? extends PersonEvent>> PERSON_TYPES = List.of(
			person(MemberProfileUpdated.class, "people.profile-updated.v1"),
			person(MailOptedOut.class, "people.mail-opted-out.v1"),
			person(PersonErased.class, "people.person-erased.v1"));

	private static final List<EventType<?>> TYPES = Stream
		.concat(COALITION_TYPES.stream(), PERSON_TYPES.stream())
		.<EventType<?>>map(type -> type)
		.toList();

	private static final Map<String, EventType<?>> BY_NAME = TYPES.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

	private static final Map<Class<?>, EventType<?>> BY_CLASS = TYPES.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::dataType, Function.identity()));

	private EventCatalog() {
	}

	/** The events about coalitions (on the coalition and membership topics). */
	public static List<EventType<? extends CoalitionEvent>> all() {
		return COALITION_TYPES;
	}

	/** The events about people (on {@link Topics#PEOPLE_EVENTS}). */
	public static List<EventType<? extends PersonEvent>> people() {
		return PERSON_TYPES;
	}

	public static Optional<EventType<?>> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	@SuppressWarnings("unchecked")
	public static <T extends PlatformEvent> EventType<T> of(Class<T> dataType) {
		EventType<?> type = BY_CLASS.get(dataType);
		if (type == null) {
			throw new IllegalArgumentException(dataType.getSimpleName() + " is not in the event catalogue");
		}
		return (EventType<T>) type;
	}

	private static <T extends CoalitionEvent> EventType<T> coalition(Class<T> type, String name) {
		return new EventType<>(PREFIX + name, type, Topics.COALITION_EVENTS);
	}

	private static <T extends PersonEvent> EventType<T> person(Class<T> type, String name) {
		return new EventType<>(PREFIX + name, type, Topics.PEOPLE_EVENTS);
	}

	private static <T extends CoalitionEvent> EventType<T> membership(Class<T> type, String name) {
		return new EventType<>(PREFIX + name, type, Topics.MEMBERSHIP_EVENTS);
	}
}
