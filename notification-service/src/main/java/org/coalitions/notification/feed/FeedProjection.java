package org.coalitions.notification.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.Topics;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.notification.threads.Post;
import org.coalitions.notification.threads.ThreadInterests;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.CoordinationGroupChanged;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MeetingCancelled;
import org.coalitions.contracts.PostHidden;
import org.coalitions.contracts.PostRestored;
import org.coalitions.contracts.PostingSuspended;
import org.coalitions.contracts.PostingSuspensionLifted;
import org.coalitions.contracts.MeetingChanged;
import org.coalitions.contracts.MeetingScheduled;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.MinutesAdded;
import org.coalitions.contracts.CommentWindowClosed;
import org.coalitions.contracts.CommentWindowClosingSoon;
import org.coalitions.contracts.CommentWindowOpened;
import org.coalitions.contracts.OutcomeCommented;
import org.coalitions.contracts.OutcomeDrafted;
import org.coalitions.contracts.OutcomeDocumentAdded;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.OutcomeRecord;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.contracts.Position;
import org.coalitions.contracts.OutcomeRevised;
import org.coalitions.contracts.ProposalResubmitted;
import org.coalitions.contracts.ProposalReviewed;
import org.coalitions.contracts.QuietnessChanged;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.RepresentativesNamed;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.StatementRevised;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventMapper;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.texts.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Turns each coalition event into one feed entry, keyed by the event id: a redelivered event finds its entry
 * there and adds nothing. A post also makes an entry for each person it concerns ({@link ThreadInterests}), keyed
 * by the event id and the person. Titles are plain text; pages and mails escape them where they show them.
 * <p>
 * Events come a polled batch at a time and their entries are written with one unordered bulk insert, in which
 * a duplicate key is a redelivered event's entry found in place. The few events with effects besides their entry
 * take them in event order: a proposal records the coalition's name, and a decision on a join request first
 * writes the entries gathered so far, so the request it looks up and marks decided is stored even if it came in
 * the same batch. The posts' entries for the people they concern are worked out for the whole poll at once
 * ({@link ThreadInterests#posted}: a store read and write per poll, not per post) and written with the rest.
 */
@Service
public class FeedProjection {

	/**
	 * The types of a post's entries for the people it concerns: decided with who was a member, followed or muted
	 * when the post was applied, so told once and not made again by a replay (see {@code ProjectionsConfiguration}).
	 */
	public static final java.util.Set<String> NOTICES = java.util.Arrays.stream(ThreadInterests.Reason.values())
		.map(FeedProjection::noticeType)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** The zone of the lines' deadlines (comment windows, suspensions): the same for every reader. */
	private static final String UTC = "UTC";

	private static final String REPORTED = "REPORTED";

	private final MongoOperations mongo;

	private final People people;

	private final Feed feed;

	private final EventMapper<FeedEntry> entries;

	private final Texts texts;

	private final ThreadInterests interests;

	FeedProjection(MongoOperations mongo, People people, Feed feed, Texts texts, ThreadInterests interests) {
		this.texts = texts;
		this.mongo = mongo;
		this.people = people;
		this.feed = feed;
		this.interests = interests;
		this.entries = EventMapper.<FeedEntry>builder()
			.on(CoalitionProposed.class, this::proposed)
			.on(CoalitionStatusChanged.class,
					event -> entry(event, "status-changed", Category.CHANGES, null,
							args("status", event.data().to(), "hasReason", !blank(event.data().reason()), "reason",
									event.data().reason())))
			.on(CharterEdited.class, event -> entry(event, "charter-edited", Category.CHANGES, null, args()))
			.on(ThreadStarted.class,
					event -> entry(event, "thread-started", Category.THREADS, event.data().threadId(),
							args("name", event.data().authorName(), "title", event.data().title())))
			.on(ReplyPosted.class,
					event -> entry(event, "reply-posted", Category.THREADS, event.data().threadId(),
							args("name", event.data().authorName(), "title", event.data().threadTitle())))
			.on(MeetingScheduled.class, this::meeting)
			.on(MeetingChanged.class, event -> meetingEntry(event, "meeting-changed", event.data().title(),
					event.data().startsAt(), event.data().timeZone(), event.data().meetingId()))
			.on(MeetingCancelled.class, event -> meetingEntry(event, "meeting-cancelled", event.data().title(),
					event.data().startsAt(), event.data().timeZone(), event.data().meetingId()))
			.on(MinutesAdded.class,
					event -> entry(event, "minutes-added", Category.MEETINGS, event.data().meetingId(),
							args("title", event.data().title())))
			.on(OutcomePublished.class, this::published)
			.on(OutcomeDrafted.class,
					event -> outcomeEntry(event, "outcome-drafted", event.data().outcomeId(),
							args("kind", event.data().kind(), "title", event.data().title())))
			.on(OutcomeRevised.class,
					event -> outcomeEntry(event, "outcome-revised", event.data().outcomeId(),
							args("title", event.data().title(), "version", event.data().version())))
			.on(CommentWindowOpened.class,
					event -> outcomeEntry(event, "comment-window-opened", event.data().outcomeId(),
							args("title", event.data().title(), "dated", event.data().closesAt() != null, "closesAt",
									FeedEntry.moment(event.data().closesAt(), UTC))))
			.on(CommentWindowClosingSoon.class,
					event -> outcomeEntry(event, "comment-window-closing-soon", event.data().outcomeId(),
							args("title", event.data().title(), "dated", event.data().closesAt() != null, "closesAt",
									FeedEntry.moment(event.data().closesAt(), UTC))))
			.on(CommentWindowClosed.class, this::windowClosed)
			.on(OutcomeCommented.class,
					event -> outcomeEntry(event, "outcome-commented", event.data().outcomeId(),
							args("reply", event.data().inReplyTo() != null, "name", event.data().authorName(), "title",
									event.data().title())))
			.on(OutcomeDocumentAdded.class,
					event -> outcomeEntry(event, "outcome-document-added", event.data().outcomeId(),
							args("file", event.data().fileName())))
			.on(MemberJoined.class,
					event -> entry(event, "member-joined", Category.NEW_MEMBERS, null,
							args("name", event.data().displayName(), "role", event.data().role())))
			.on(JoinRequested.class, this::joinRequested)
			.on(JoinRequestDecided.class, this::joinRequestDecided)
			.on(MemberLeft.class, this::left)
			.on(RoleChanged.class,
					event -> entry(event, "role-changed", Category.CHANGES, null,
							args("name", nameOf(event.data().memberId()), "role", event.data().role())))
			.on(BalanceChanged.class, this::balance)
			.on(StatementRevised.class,
					event -> entry(event, "statement-revised", Category.CHANGES, null,
							args("version", event.data().statementVersion())))
			.on(ProposalResubmitted.class,
					event -> entry(event, FeedEntry.RESUBMITTED, Category.CHANGES, null,
							args("version", event.data().statementVersion())))
			.on(ProposalReviewed.class,
					event -> entry(event, "proposal-reviewed", Category.CHANGES, null,
							args("decision", event.data().decision(), "hasMessage", !blank(event.data().message()),
									"message", event.data().message())))
			.on(ReportingReminderDue.class, this::reminder)
			.on(ReportingStatusChanged.class, this::reportingStatus)
			.on(QuietnessChanged.class, this::quietness)
			.on(RepresentativesNamed.class, this::representatives)
			.on(CoordinationGroupChanged.class, this::coordinationGroup)
			.on(PostHidden.class, event -> moderation(event, "post-hidden", event.data().authorId(),
					event.data().threadId(), args("name", nameOf(event.data().authorId()), "title",
							event.data().threadTitle(), "reason", event.data().reason())))
			.on(PostRestored.class, event -> moderation(event, "post-restored", event.data().authorId(),
					event.data().threadId(),
					args("name", nameOf(event.data().authorId()), "title", event.data().threadTitle())))
			.on(PostingSuspended.class, event -> moderation(event, "posting-suspended", event.data().memberId(), null,
					args("name", nameOf(event.data().memberId()), "dated", event.data().until() != null, "until",
							FeedEntry.moment(event.data().until(), UTC), "reason", event.data().reason())))
			.on(PostingSuspensionLifted.class, event -> moderation(event, "posting-suspension-lifted",
					event.data().memberId(), null, args("name", nameOf(event.data().memberId()))))
			.build();
	}

	/**
	 * Adds the entries of these events, in their order; events of no interest to feeds are passed over. Takes a
	 * poll at a time: its entries are written in one bulk insert per batch.
	 */
	@EventSubscription(id = "notification-feed", groupSuffix = "feed",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS }, batch = true)
	public void apply(List<ReceivedEvent<?>> events) {
		List<FeedEntry> pending = new ArrayList<>(events.size());
		List<Post> posts = new ArrayList<>();
		for (ReceivedEvent<?> event : events) {
			if (event.data() instanceof JoinRequestDecided) {
				insert(pending);
				pending.clear();
			}
			entries.map(event).ifPresent(pending::add);
			Post.of(event).ifPresent(posts::add);
		}
		interests.posted(posts).forEach(told -> pending.add(personal(told)));
		insert(pending);
	}

	/**
	 * A post's entry for one person it concerns ({@link ThreadInterests}), keyed by the event and the person: seen
	 * only by them, beside the coalition's line of the post; its line made from {@code feed.<type>}.
	 */
	/** The type of a post's entry for someone it concerns for this reason. */
	private static String noticeType(ThreadInterests.Reason reason) {
		return switch (reason) {
			case MENTIONED -> "mentioned";
			case PARTICIPANT -> "reply-in-your-thread";
			case FOLLOWER -> "reply-in-followed-thread";
		};
	}

	private FeedEntry personal(ThreadInterests.Told told) {
		Post post = told.post();
		return new FeedEntry(post.eventId() + ":" + told.person().id(), post.coalitionId(), noticeType(told.reason()),
				Category.THREADS, null, post.actorId(), post.at(), FeedEntry.PERSON, told.person().id(), null,
				post.threadId(), link(post.coalitionId()))
			.withTitle(texts, args("name", post.authorName(), "title", post.threadTitle()));
	}

	private FeedEntry proposed(ReceivedEvent<CoalitionProposed> event) {
		CoalitionProposed proposed = event.data();
		feed.rememberName(proposed.coalitionId(), proposed.name());
		return entry(event, FeedEntry.PROPOSED, Category.CHANGES, null,
				args("name", proposed.proposerName(), "coalition", proposed.name()));
	}

	private FeedEntry meeting(ReceivedEvent<MeetingScheduled> event) {
		MeetingScheduled meeting = event.data();
		return meetingEntry(event, "meeting-scheduled", meeting.title(), meeting.startsAt(), meeting.timeZone(),
				meeting.meetingId());
	}

	/**
	 * With a comment window, the line says the record, as coalition-service's {@link OutcomeRecord} does in English
	 * on the outcome's page: its numbers are stored, so the reader's language says them, plurals included.
	 */
	private FeedEntry published(ReceivedEvent<OutcomePublished> event) {
		OutcomePublished published = event.data();
		Map<String, Object> args = args("kind", published.kind(), "title", published.title());
		args.putAll(recordArgs(published.commentWindowHeld() ? published.tally() : null));
		return outcomeEntry(event, "outcome-published", published.outcomeId(), args);
	}

	/**
	 * The numbers of {@link OutcomeRecord}'s sentence, by its rules: concerns still support; the stakeholder groups
	 * counted are those with a supporter, members without one ({@code UNSPECIFIED}) adding none; the annex holds
	 * concerns and dissents. {@code record}: {@code none} without a window, {@code empty} when no one took a
	 * position, else {@code tally}.
	 */
	static Map<String, Object> recordArgs(OutcomeTally tally) {
		if (tally == null) {
			return args("record", "none");
		}
		int support = count(tally.byPosition(), Position.SUPPORT);
		int concerns = count(tally.byPosition(), Position.SUPPORT_WITH_CONCERNS);
		int abstain = count(tally.byPosition(), Position.ABSTAIN);
		int dissent = count(tally.byPosition(), Position.DISSENT);
		long groups = tally.byStakeholderGroup() == null ? 0
				: tally.byStakeholderGroup()
					.entrySet()
					.stream()
					.filter(group -> !"UNSPECIFIED".equals(group.getKey()))
					.filter(group -> count(group.getValue(), Position.SUPPORT)
							+ count(group.getValue(), Position.SUPPORT_WITH_CONCERNS) > 0)
					.count();
		return args("record", support + concerns + abstain + dissent == 0 ? "empty" : "tally", "support",
				support + concerns, "groups", groups, "concerns", concerns, "abstain", abstain, "dissent", dissent,
				"annex", dissent + concerns > 0);
	}

	private static int count(Map<String, Integer> byPosition, Position position) {
		Integer count = byPosition == null ? null : byPosition.get(position.name());
		return count == null ? 0 : count;
	}

	/**
	 * Only a window that ran out: publishing closes one too, and its published line says so. Positions get no
	 * line of their own (the tally on the outcome's page counts them; an anonymous one must not be named).
	 */
	private FeedEntry windowClosed(ReceivedEvent<CommentWindowClosed> event) {
		CommentWindowClosed closed = event.data();
		if (!"EXPIRED".equals(closed.reason())) {
			return null;
		}
		return outcomeEntry(event, "comment-window-closed", closed.outcomeId(), args("title", closed.title()));
	}

	/** A meeting's line says its time as planned, in its own zone. */
	private FeedEntry meetingEntry(ReceivedEvent<?> event, String type, String title, Instant startsAt,
			String timeZone, String meetingId) {
		return entry(event, type, Category.MEETINGS, meetingId, args("title", title, "dated", startsAt != null,
				"startsAt", FeedEntry.moment(startsAt, timeZone), "zone", timeZone));
	}

	private FeedEntry joinRequested(ReceivedEvent<JoinRequested> event) {
		JoinRequested request = event.data();
		return new FeedEntry(event.id(), request.coalitionId(), FeedEntry.JOIN_REQUESTED, Category.JOIN_REQUESTS, null,
				event.actor(), event.time(), FeedEntry.COORDINATORS, request.memberId(), true, request.requestId(),
				link(request.coalitionId()))
			.withTitle(texts, args("name", request.displayName()));
	}

	/** Runs after the entries before it were written (see {@link #apply}), so the request it names is stored. */
	private FeedEntry joinRequestDecided(ReceivedEvent<JoinRequestDecided> event) {
		JoinRequestDecided decision = event.data();
		Query theRequest = Query
			.query(Criteria.where("ref").is(decision.requestId()).and("type").is(FeedEntry.JOIN_REQUESTED));
		FeedEntry request = mongo.findOne(theRequest, FeedEntry.class);
		Object who = request == null ? nameOf(decision.memberId())
				: request.titleArgs() != null ? String.valueOf(request.titleArgs().get("name"))
						: request.title().substring(0, request.title().length() - " asked to join".length());
		mongo.updateMulti(theRequest, new Update().set("pending", false), FeedEntry.class);
		return new FeedEntry(event.id(), decision.coalitionId(), "join-request-decided", Category.CHANGES, null,
				event.actor(), event.time(), FeedEntry.COORDINATORS, decision.memberId(), null, decision.requestId(),
				link(decision.coalitionId()))
			.withTitle(texts, args("approved", decision.approved(), "name", who));
	}

	private FeedEntry left(ReceivedEvent<MemberLeft> event) {
		MemberLeft left = event.data();
		boolean removed = left.removedBy() != null && !left.removedBy().equals(left.memberId());
		return entry(event, "member-left", Category.CHANGES, null,
				args("removed", removed, "name", nameOf(left.memberId())));
	}

	private FeedEntry balance(ReceivedEvent<BalanceChanged> event) {
		BalanceChanged balance = event.data();
		return entry(event, "balance-changed", Category.CHANGES, null, args("members", balance.members(), "groups",
				balance.distinctStakeholderGroups(), "ruleMet", balance.ruleMet()));
	}

	/**
	 * For the coordinators, who file the report; it also stands for their digests until the report is filed or a
	 * newer reminder replaces it. The standing reminder is replaced only by a newer one, so a redelivered older
	 * reminder changes nothing (its insert meets the newer one's document).
	 */
	private FeedEntry reminder(ReceivedEvent<ReportingReminderDue> event) {
		ReportingReminderDue due = event.data();
		int rank = StandingReminder.rank(due.reminder());
		Query olderOrNone = Query.query(Criteria.where("_id").is(due.coalitionId())
			.orOperator(Criteria.where("cycle").lt(due.cycle()),
					Criteria.where("cycle").is(due.cycle()).and("rank").lt(rank)));
		try {
			mongo.upsert(olderOrNone, new Update().set("cycle", due.cycle())
				.set("reminder", due.reminder())
				.set("rank", rank)
				.set("deadline", due.deadline() == null ? null : due.deadline().toString())
				.set("remindedAt", event.time()), StandingReminder.class);
		}
		catch (DuplicateKeyException newerStands) {
			// a newer reminder (or this one, redelivered) stands already
		}
		return new FeedEntry(event.id(), due.coalitionId(), StandingReminder.TYPE, Category.CHANGES, null,
				event.actor(), event.time(), FeedEntry.COORDINATORS, null, null, String.valueOf(due.cycle()),
				link(due.coalitionId()))
			.withTitle(texts, StandingReminder.args(due.cycle(), due.reminder(), due.deadline()));
	}

	/** A report published as filed ends the reminders of its cycle and those before; no entry of its own. */
	private FeedEntry reportingStatus(ReceivedEvent<ReportingStatusChanged> event) {
		ReportingStatusChanged changed = event.data();
		if (REPORTED.equals(changed.status())) {
			mongo.remove(Query.query(Criteria.where("_id").is(changed.coalitionId()).and("cycle").lte(changed.cycle())),
					StandingReminder.class);
		}
		return null;
	}

	/** A risk flag for those who steer the coalition, not news for every member. */
	private FeedEntry quietness(ReceivedEvent<QuietnessChanged> event) {
		QuietnessChanged quietness = event.data();
		Instant last = quietness.lastActivityAt();
		return new FeedEntry(event.id(), quietness.coalitionId(), "quietness-changed", Category.CHANGES, null,
				event.actor(), event.time(), FeedEntry.COORDINATORS, null, null, null, link(quietness.coalitionId()))
			.withTitle(texts, args("quiet", quietness.quiet(), "dated", last != null, "since",
					last == null ? null : FeedEntry.day(last.atZone(ZoneOffset.UTC).toLocalDate())));
	}

	private FeedEntry representatives(ReceivedEvent<RepresentativesNamed> event) {
		List<String> ids = event.data().representativeIds() == null ? List.of() : event.data().representativeIds();
		return entry(event, "representatives-named", Category.CHANGES, null,
				args("count", ids.size(), "names", ids.stream().map(this::nameOf).toList()));
	}

	/** The group's entries are kept under its id, like a coalition's, and named like one in feeds and digests. */
	private FeedEntry coordinationGroup(ReceivedEvent<CoordinationGroupChanged> event) {
		feed.rememberName(CoordinationGroup.ID, CoordinationGroupName.NAME);
		int representatives = event.data().memberIds() == null ? 0 : event.data().memberIds().size();
		return entry(event, "coordination-group-changed", Category.NEW_MEMBERS, null,
				args("count", representatives));
	}

	/**
	 * Moderation concerns the person it names and those who moderate; other members see its result in the thread.
	 * No post's text is copied here (a title quotes the thread's title and the coordinator's reason only), so an
	 * edited, removed or hidden post lives on in no feed or digest.
	 */
	private FeedEntry moderation(ReceivedEvent<?> event, String type, String personId, String ref,
			Map<String, Object> titleArgs) {
		return new FeedEntry(event.id(), event.coalitionId(), type, Category.CHANGES, null, event.actor(),
				event.time(), FeedEntry.COORDINATORS, personId, null, ref, link(event.coalitionId()))
			.withTitle(texts, titleArgs);
	}

	private static FeedEntry entry(ReceivedEvent<?> event, String type, Category category, String title, String ref) {
		return new FeedEntry(event.id(), event.coalitionId(), type, category, title, event.actor(), event.time(),
				FeedEntry.MEMBERS, null, null, ref, link(event.coalitionId()));
	}

	/** An entry for every member whose line is made from {@code feed.<type>} with these arguments. */
	private FeedEntry entry(ReceivedEvent<?> event, String type, Category category, String ref,
			Map<String, Object> titleArgs) {
		return entry(event, type, category, (String) null, ref).withTitle(texts, titleArgs);
	}

	private FeedEntry outcomeEntry(ReceivedEvent<?> event, String type, String outcomeId,
			Map<String, Object> titleArgs) {
		return outcomeEntry(event, type, (String) null, outcomeId).withTitle(texts, titleArgs);
	}

	/**
	 * A line's arguments, name after value: texts as they are ("" for none), numbers as numbers, yes/no as
	 * {@code true}/{@code false} for the texts' {@code select}, days, moments and lists of names as they are, for
	 * the reader's language to write ({@link FeedEntry#inLanguage}).
	 */
	static Map<String, Object> args(Object... namesAndValues) {
		Map<String, Object> args = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			args.put((String) namesAndValues[i],
					value instanceof Number || value instanceof Map || value instanceof List ? value
							: value == null ? "" : String.valueOf(value));
		}
		return args;
	}

	/** An entry about an outcome, for every member, linking to the outcome's own page. */
	private static FeedEntry outcomeEntry(ReceivedEvent<?> event, String type, String title, String outcomeId) {
		return new FeedEntry(event.id(), event.coalitionId(), type, Category.OUTCOMES, title, event.actor(),
				event.time(), FeedEntry.MEMBERS, null, null, outcomeId, outcomeLink(event.coalitionId(), outcomeId));
	}

	/**
	 * One unordered bulk insert: every entry not there yet is written even when others are. A duplicate key is
	 * the entry of a redelivered event, already in place; any other failure fails the batch, which is retried.
	 */
	private void insert(List<FeedEntry> pending) {
		if (pending.isEmpty()) {
			return;
		}
		try {
			mongo.bulkOps(BulkMode.UNORDERED, FeedEntry.class).insert(pending).execute();
		}
		catch (BulkOperationException partly) {
			AppliedEvents.alreadyApplied(partly); // rethrows unless every failure is a redelivered entry
		}
	}

	/** A person's name as the people directory knows it, else "a member" in the reader's language. */
	private Object nameOf(String personId) {
		return people.find(personId).<Object>map(Person::name).orElse(FeedEntry.text("feed.a-member"));
	}

	/** The coalition's page in the web app, which shows its threads, meetings, outcomes and requests. */
	public static String link(String coalitionId) {
		return "/#/coalitions/" + coalitionId;
	}

	/** An outcome's page in the web app: its draft, comment window, tally, versions, or its published record. */
	public static String outcomeLink(String coalitionId, String outcomeId) {
		return link(coalitionId) + "/outcomes/" + outcomeId;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
