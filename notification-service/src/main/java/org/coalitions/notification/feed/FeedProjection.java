package org.coalitions.notification.feed;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.events.BalanceChanged;
import org.coalitions.platform.events.CharterEdited;
import org.coalitions.platform.events.CoalitionProposed;
import org.coalitions.platform.events.CoalitionStatusChanged;
import org.coalitions.platform.events.JoinRequestDecided;
import org.coalitions.platform.events.JoinRequested;
import org.coalitions.platform.events.MeetingScheduled;
import org.coalitions.platform.events.MemberJoined;
import org.coalitions.platform.events.MemberLeft;
import org.coalitions.platform.events.MinutesAdded;
import org.coalitions.platform.events.OutcomePublished;
import org.coalitions.platform.events.ReplyPosted;
import org.coalitions.platform.events.RoleChanged;
import org.coalitions.platform.events.ThreadStarted;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Turns each coalition event into one feed entry, keyed by the event id: a redelivered event finds its entry
 * there and adds nothing. Titles are plain text; pages and mails escape them where they show them.
 */
@Service
public class FeedProjection {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final MongoOperations mongo;

	private final People people;

	private final EventHandlers handlers;

	FeedProjection(MongoOperations mongo, People people) {
		this.mongo = mongo;
		this.people = people;
		this.handlers = EventHandlers.builder()
			.on(CoalitionProposed.class, this::proposed)
			.on(CoalitionStatusChanged.class,
					event -> add(event, "status-changed", Category.CHANGES,
							"The coalition is now " + label(event.data().to())
									+ (blank(event.data().reason()) ? "" : " (" + event.data().reason() + ")"), null))
			.on(CharterEdited.class,
					event -> add(event, "charter-edited", Category.CHANGES, "The charter was edited", null))
			.on(ThreadStarted.class,
					event -> add(event, "thread-started", Category.THREADS,
							event.data().authorName() + " started the thread \u201c" + event.data().title() + "\u201d",
							event.data().threadId()))
			.on(ReplyPosted.class,
					event -> add(event, "reply-posted", Category.THREADS,
							event.data().authorName() + " replied in \u201c" + event.data().threadTitle() + "\u201d",
							event.data().threadId()))
			.on(MeetingScheduled.class, this::meeting)
			.on(MinutesAdded.class,
					event -> add(event, "minutes-added", Category.MEETINGS,
							"Minutes added to \u201c" + event.data().title() + "\u201d", event.data().meetingId()))
			.on(OutcomePublished.class,
					event -> add(event, "outcome-published", Category.OUTCOMES,
							label(event.data().kind()) + " published: \u201c" + event.data().title() + "\u201d",
							event.data().outcomeId()))
			.on(MemberJoined.class,
					event -> add(event, "member-joined", Category.NEW_MEMBERS,
							event.data().displayName() + " joined as " + label(event.data().role()), null))
			.on(JoinRequested.class, this::joinRequested)
			.on(JoinRequestDecided.class, this::joinRequestDecided)
			.on(MemberLeft.class, this::left)
			.on(RoleChanged.class,
					event -> add(event, "role-changed", Category.CHANGES,
							nameOf(event.data().memberId()) + " is now " + label(event.data().role()), null))
			.on(BalanceChanged.class, this::balance)
			.build();
	}

	public EventHandlers handlers() {
		return handlers;
	}

	private void proposed(ReceivedEvent<CoalitionProposed> event) {
		CoalitionProposed proposed = event.data();
		mongo.upsert(Query.query(Criteria.where("_id").is(proposed.coalitionId())),
				new Update().set("name", proposed.name()), CoalitionName.COLLECTION);
		add(event, "coalition-proposed", Category.CHANGES,
				proposed.proposerName() + " proposed the coalition \u201c" + proposed.name() + "\u201d", null);
	}

	private void meeting(ReceivedEvent<MeetingScheduled> event) {
		MeetingScheduled meeting = event.data();
		String when = meeting.startsAt() == null ? ""
				: " for " + WHEN.format(meeting.startsAt().atZone(zoneOr(meeting.timeZone()))) + " ("
						+ meeting.timeZone() + ")";
		add(event, "meeting-scheduled", Category.MEETINGS,
				"Meeting \u201c" + meeting.title() + "\u201d scheduled" + when, meeting.meetingId());
	}

	private void joinRequested(ReceivedEvent<JoinRequested> event) {
		JoinRequested request = event.data();
		insert(new FeedEntry(event.id(), request.coalitionId(), "join-requested", Category.JOIN_REQUESTS,
				request.displayName() + " asked to join", event.actor(), event.time(), FeedEntry.COORDINATORS,
				request.memberId(), true, request.requestId(), link(request.coalitionId())));
	}

	private void joinRequestDecided(ReceivedEvent<JoinRequestDecided> event) {
		JoinRequestDecided decision = event.data();
		FeedEntry request = mongo.findOne(
				Query.query(Criteria.where("ref").is(decision.requestId()).and("type").is("join-requested")),
				FeedEntry.class);
		String who = request == null ? nameOf(decision.memberId())
				: request.title().substring(0, request.title().length() - " asked to join".length());
		insert(new FeedEntry(event.id(), decision.coalitionId(), "join-request-decided", Category.CHANGES,
				"The request of " + who + " to join was " + (decision.approved() ? "approved" : "declined"),
				event.actor(), event.time(), FeedEntry.COORDINATORS, decision.memberId(), null, decision.requestId(),
				link(decision.coalitionId())));
		mongo.updateMulti(Query.query(Criteria.where("ref").is(decision.requestId()).and("type").is("join-requested")),
				new Update().set("pending", false), FeedEntry.class);
	}

	private void left(ReceivedEvent<MemberLeft> event) {
		MemberLeft left = event.data();
		boolean removed = left.removedBy() != null && !left.removedBy().equals(left.memberId());
		add(event, "member-left", Category.CHANGES,
				nameOf(left.memberId()) + (removed ? " was removed" : " left the coalition"), null);
	}

	private void balance(ReceivedEvent<BalanceChanged> event) {
		BalanceChanged balance = event.data();
		add(event, "balance-changed", Category.CHANGES,
				"Balance: " + balance.members() + " members from " + balance.distinctStakeholderGroups()
						+ " stakeholder groups, " + (balance.ruleMet() ? "the multistakeholder rule is met"
								: "the multistakeholder rule is not met"),
				null);
	}

	private void add(ReceivedEvent<?> event, String type, Category category, String title, String ref) {
		insert(new FeedEntry(event.id(), event.coalitionId(), type, category, title, event.actor(), event.time(),
				FeedEntry.MEMBERS, null, null, ref, link(event.coalitionId())));
	}

	private void insert(FeedEntry entry) {
		try {
			mongo.insert(entry);
		}
		catch (DuplicateKeyException redelivered) {
			// the entry of this event is there already
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
