package org.coalitions.notification.feed;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coalitions.contracts.Topics;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MeetingScheduled;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.MinutesAdded;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventMapper;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Turns each coalition event into one feed entry, keyed by the event id: a redelivered event finds its entry
 * there and adds nothing. Titles are plain text; pages and mails escape them where they show them.
 * <p>
 * Events come a polled batch at a time and their entries are written with one unordered bulk insert, in which
 * a duplicate key is a redelivered event's entry found in place. The few events with effects besides their entry
 * take them in event order: a proposal records the coalition's name, and a decision on a join request first
 * writes the entries gathered so far, so the request it looks up and marks decided is stored even if it came in
 * the same batch.
 */
@Service
public class FeedProjection {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final MongoOperations mongo;

	private final People people;

	private final Feed feed;

	private final EventMapper<FeedEntry> entries;

	FeedProjection(MongoOperations mongo, People people, Feed feed) {
		this.mongo = mongo;
		this.people = people;
		this.feed = feed;
		this.entries = EventMapper.<FeedEntry>builder()
			.on(CoalitionProposed.class, this::proposed)
			.on(CoalitionStatusChanged.class,
					event -> entry(event, "status-changed", Category.CHANGES,
							"The coalition is now " + label(event.data().to())
									+ (blank(event.data().reason()) ? "" : " (" + event.data().reason() + ")"), null))
			.on(CharterEdited.class,
					event -> entry(event, "charter-edited", Category.CHANGES, "The charter was edited", null))
			.on(ThreadStarted.class,
					event -> entry(event, "thread-started", Category.THREADS,
							event.data().authorName() + " started the thread \u201c" + event.data().title() + "\u201d",
							event.data().threadId()))
			.on(ReplyPosted.class,
					event -> entry(event, "reply-posted", Category.THREADS,
							event.data().authorName() + " replied in \u201c" + event.data().threadTitle() + "\u201d",
							event.data().threadId()))
			.on(MeetingScheduled.class, this::meeting)
			.on(MinutesAdded.class,
					event -> entry(event, "minutes-added", Category.MEETINGS,
							"Minutes added to \u201c" + event.data().title() + "\u201d", event.data().meetingId()))
			.on(OutcomePublished.class,
					event -> entry(event, "outcome-published", Category.OUTCOMES,
							label(event.data().kind()) + " published: \u201c" + event.data().title() + "\u201d",
							event.data().outcomeId()))
			.on(MemberJoined.class,
					event -> entry(event, "member-joined", Category.NEW_MEMBERS,
							event.data().displayName() + " joined as " + label(event.data().role()), null))
			.on(JoinRequested.class, this::joinRequested)
			.on(JoinRequestDecided.class, this::joinRequestDecided)
			.on(MemberLeft.class, this::left)
			.on(RoleChanged.class,
					event -> entry(event, "role-changed", Category.CHANGES,
							nameOf(event.data().memberId()) + " is now " + label(event.data().role()), null))
			.on(BalanceChanged.class, this::balance)
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
		for (ReceivedEvent<?> event : events) {
			if (event.data() instanceof JoinRequestDecided) {
				insert(pending);
				pending.clear();
			}
			entries.map(event).ifPresent(pending::add);
		}
		insert(pending);
	}

	private FeedEntry proposed(ReceivedEvent<CoalitionProposed> event) {
		CoalitionProposed proposed = event.data();
		feed.rememberName(proposed.coalitionId(), proposed.name());
		return entry(event, "coalition-proposed", Category.CHANGES,
				proposed.proposerName() + " proposed the coalition \u201c" + proposed.name() + "\u201d", null);
	}

	private FeedEntry meeting(ReceivedEvent<MeetingScheduled> event) {
		MeetingScheduled meeting = event.data();
		String when = meeting.startsAt() == null ? ""
				: " for " + WHEN.format(meeting.startsAt().atZone(zoneOr(meeting.timeZone()))) + " ("
						+ meeting.timeZone() + ")";
		return entry(event, "meeting-scheduled", Category.MEETINGS,
				"Meeting \u201c" + meeting.title() + "\u201d scheduled" + when, meeting.meetingId());
	}

	private FeedEntry joinRequested(ReceivedEvent<JoinRequested> event) {
		JoinRequested request = event.data();
		return new FeedEntry(event.id(), request.coalitionId(), FeedEntry.JOIN_REQUESTED, Category.JOIN_REQUESTS,
				request.displayName() + " asked to join", event.actor(), event.time(), FeedEntry.COORDINATORS,
				request.memberId(), true, request.requestId(), link(request.coalitionId()));
	}

	/** Runs after the entries before it were written (see {@link #apply}), so the request it names is stored. */
	private FeedEntry joinRequestDecided(ReceivedEvent<JoinRequestDecided> event) {
		JoinRequestDecided decision = event.data();
		Query theRequest = Query
			.query(Criteria.where("ref").is(decision.requestId()).and("type").is(FeedEntry.JOIN_REQUESTED));
		FeedEntry request = mongo.findOne(theRequest, FeedEntry.class);
		String who = request == null ? nameOf(decision.memberId())
				: request.title().substring(0, request.title().length() - " asked to join".length());
		mongo.updateMulti(theRequest, new Update().set("pending", false), FeedEntry.class);
		return new FeedEntry(event.id(), decision.coalitionId(), "join-request-decided", Category.CHANGES,
				"The request of " + who + " to join was " + (decision.approved() ? "approved" : "declined"),
				event.actor(), event.time(), FeedEntry.COORDINATORS, decision.memberId(), null, decision.requestId(),
				link(decision.coalitionId()));
	}

	private FeedEntry left(ReceivedEvent<MemberLeft> event) {
		MemberLeft left = event.data();
		boolean removed = left.removedBy() != null && !left.removedBy().equals(left.memberId());
		return entry(event, "member-left", Category.CHANGES,
				nameOf(left.memberId()) + (removed ? " was removed" : " left the coalition"), null);
	}

	private FeedEntry balance(ReceivedEvent<BalanceChanged> event) {
		BalanceChanged balance = event.data();
		return entry(event, "balance-changed", Category.CHANGES,
				"Balance: " + balance.members() + " members from " + balance.distinctStakeholderGroups()
						+ " stakeholder groups, " + (balance.ruleMet() ? "the multistakeholder rule is met"
								: "the multistakeholder rule is not met"),
				null);
	}

	private static FeedEntry entry(ReceivedEvent<?> event, String type, Category category, String title, String ref) {
		return new FeedEntry(event.id(), event.coalitionId(), type, category, title, event.actor(), event.time(),
				FeedEntry.MEMBERS, null, null, ref, link(event.coalitionId()));
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

	private String nameOf(String personId) {
		return people.find(personId).map(Person::name).orElse("A member");
	}

	/** The coalition's page in the web app, which shows its threads, meetings, outcomes and requests. */
	public static String link(String coalitionId) {
		return "/#/coalitions/" + coalitionId;
	}

	private static String label(String constant) {
		if (constant == null) {
			return "";
		}
		String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static java.time.ZoneId zoneOr(String zone) {
		try {
			return java.time.ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			return ZoneOffset.UTC;
		}
	}
}
