package org.coalitions.notification.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.CoordinationGroupChanged;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.PersonErased;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The people directory, kept from profile events (name, address, preferences) and membership events
 * (coalitions and roles), each applied once per person, and from the coordination group's changes (the group is
 * one more coalition of its members). A membership's {@code since} is its earliest event
 * (the proposal, for a coalition's proposer), so events arriving in any order give the same result.
 */
@Service
public class People {

	/** The coalitions membership-service's events have spoken of this person in, whose word beats the proposal's. */
	static final String TOLD = "membershipTold";

	private final MongoOperations mongo;

	private final Clock clock;

	private final EventHandlers handlers;

	People(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.handlers = EventHandlers.builder()
			.on(MemberProfileUpdated.class, this::profileUpdated)
			.on(PersonErased.class, this::erased)
			.on(CoalitionProposed.class, this::proposed)
			.on(MemberJoined.class, this::joined)
			.on(RoleChanged.class, this::roleChanged)
			.on(MemberLeft.class, this::left)
			.on(CoordinationGroupChanged.class, this::coordinationGroupChanged)
			.build();
	}

	@EventSubscription(id = "notification-people", groupSuffix = "people",
			topics = { Topics.PEOPLE_EVENTS, Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	public EventHandlers handlers() {
		return handlers;
	}

	public Optional<Person> find(String id) {
		return Optional.ofNullable(mongo.findById(id, Person.class));
	}

	/**
	 * The signed-in person, known from the token when no profile event has named them yet (their first visit
	 * comes before membership-service's event, or the event is still on its way). Whether they are the
	 * secretariat follows their token's role.
	 */
	public Person signIn(CurrentUser user) {
		Person known = mongo.findById(user.id(), Person.class);
		if (known != null && known.isSecretariat() == user.secretariat()) {
			return known;
		}
		Instant now = clock.instant();
		try {
			mongo.upsert(Query.query(Criteria.where("_id").is(user.id())),
					new Update().setOnInsert("displayName", user.name())
						.setOnInsert("email", user.email())
						.setOnInsert("createdAt", now)
						.set("secretariat", user.secretariat()),
					Person.COLLECTION);
		}
		catch (DuplicateKeyException concurrentFirstVisit) {
			// made by a parallel request or event: read it below
		}
		return mongo.findById(user.id(), Person.class);
	}

	/** The coordinators of a coalition, as far as the membership events have told. */
	public List<Person> coordinatorsOf(String coalitionId) {
		return mongo.find(Query.query(Criteria.where("coalitions." + coalitionId + ".role").is(Person.COORDINATOR)),
				Person.class);
	}

	/** The members of a coalition, coordinators included, as far as the membership events have told. */
	public List<Person> membersOf(String coalitionId) {
		return mongo.find(Query.query(Criteria.where("coalitions." + coalitionId).exists(true)), Person.class);
	}

	/** The people with these ids that this service knows. */
	public List<Person> findAll(Collection<String> ids) {
		return ids.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("_id").in(ids)), Person.class);
	}

	/** Mutes the thread for the person, or unmutes it. */
	public void mute(String personId, String threadId, boolean muted) {
		Update update = muted ? new Update().addToSet("mutedThreads", threadId)
				: new Update().pull("mutedThreads", threadId);
		mongo.updateFirst(Query.query(Criteria.where("_id").is(personId)), update, Person.COLLECTION);
	}

	/** Everyone with a mail address, streamed from the store (a digest run keeps only those who are due). */
	public Stream<Person> mailable() {
		return mongo.stream(Query.query(Criteria.where("email").ne(null)), Person.class);
	}

	public void markRead(String personId, String entryId) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(personId)), new Update().addToSet("readIds", entryId),
				Person.COLLECTION);
	}

	public void markAllRead(String personId, Instant before) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(personId)),
				new Update().max("readBefore", before).set("readIds", List.of()), Person.COLLECTION);
	}

	/** A digest period dealt with for a person: its frequency and key. */
	public record DigestDone(String personId, DigestPreference frequency, String periodKey) {
	}

	/**
	 * Remembers the digest period last dealt with, per person and frequency, so that the next run passes over
	 * these people quickly, in one unordered write.
	 */
	public void digestsDone(List<DigestDone> marks) {
		if (marks.isEmpty()) {
			return;
		}
		BulkOperations done = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Person.COLLECTION);
		marks.forEach(mark -> done.updateOne(Query.query(Criteria.where("_id").is(mark.personId())),
				new Update().set("digestsDone." + mark.frequency().name(), mark.periodKey())));
		done.execute();
	}

	/** Turns the mail off here at once; the profile in membership-service follows through the event. */
	public void optOut(String personId, String kind) {
		// no digest at all: a coalition's own digest would go on mailing
		Update update = MailOptedOut.DIGEST.equals(kind)
				? new Update().set("digest", DigestPreference.OFF.name()).unset("coalitionDigests")
				: new Update().set("actionMails", false);
		mongo.updateFirst(Query.query(Criteria.where("_id").is(personId)), update, Person.COLLECTION);
	}

	private void profileUpdated(ReceivedEvent<MemberProfileUpdated> event) {
		MemberProfileUpdated profile = event.data();
		Update update = new Update().set("displayName", profile.displayName())
			.set("email", profile.email())
			.set("timeZone", profile.timeZone())
			.set("digest", profile.digest())
			.set("actionMails", profile.actionMails())
			.set("language", profile.language())
			.set("coalitionDigests", profile.coalitionDigests());
		apply(profile.personId(), event, update);
	}

	/**
	 * The proposer coordinates at once, before membership-service has said so, unless membership-service has
	 * already spoken of them in that coalition: the topics are read in no fixed order (a replay reads one ahead of
	 * the other), and its word — a later leave, say — wins over the proposal's.
	 */
	private void proposed(ReceivedEvent<CoalitionProposed> event) {
		CoalitionProposed proposed = event.data();
		boolean told = mongo.exists(Query.query(Criteria.where("_id").is(proposed.proposerId())
			.and(TOLD + "." + proposed.coalitionId()).exists(true)), Person.COLLECTION);
		Update update = new Update().setOnInsert("displayName", proposed.proposerName());
		if (!told) {
			update.set("coalitions." + proposed.coalitionId() + ".role", Person.COORDINATOR)
				.min("coalitions." + proposed.coalitionId() + ".since", event.time());
		}
		apply(proposed.proposerId(), event, update);
	}

	private void joined(ReceivedEvent<MemberJoined> event) {
		MemberJoined joined = event.data();
		Update update = new Update().setOnInsert("displayName", joined.displayName())
			.set("coalitions." + joined.coalitionId() + ".role", joined.role())
			.min("coalitions." + joined.coalitionId() + ".since", event.time())
			.set(TOLD + "." + joined.coalitionId(), true);
		apply(joined.memberId(), event, update);
	}

	private void roleChanged(ReceivedEvent<RoleChanged> event) {
		RoleChanged changed = event.data();
		apply(changed.memberId(), event,
				new Update().set("coalitions." + changed.coalitionId() + ".role", changed.role())
					.set(TOLD + "." + changed.coalitionId(), true));
	}

	/**
	 * The person deleted their account: their record goes (name, address, preferences, read marks). Here, in the
	 * group that applies their profile events, so that no profile event before it, applied late, makes the record
	 * again; the rest of the erasure is {@code privacy/Erasure}'s.
	 */
	private void erased(ReceivedEvent<PersonErased> event) {
		mongo.remove(Query.query(Criteria.where("_id").is(event.data().personId())), Person.class);
	}

	private void left(ReceivedEvent<MemberLeft> event) {
		apply(event.data().memberId(), event, new Update().unset("coalitions." + event.data().coalitionId())
			.set(TOLD + "." + event.data().coalitionId(), true));
	}

	/**
	 * The coordination group is one of its members' coalitions here, so its threads and meetings reach their feeds
	 * and digests; the event lists the whole group, so whoever is no longer listed leaves it (each person once per
	 * event, like any change).
	 */
	private void coordinationGroupChanged(ReceivedEvent<CoordinationGroupChanged> event) {
		String group = "coalitions." + CoordinationGroup.ID;
		List<String> memberIds = event.data().memberIds() == null ? List.of() : event.data().memberIds();
		for (String memberId : memberIds) {
			apply(memberId, event,
					new Update().set(group + ".role", Role.MEMBER.name()).min(group + ".since", event.time()));
		}
		Query leaving = Query.query(Criteria.where(group)
			.exists(true)
			.and("_id")
			.nin(memberIds)
			.and(AppliedEvents.FIELD)
			.ne(event.id()));
		mongo.updateMulti(leaving,
				new Update().unset(group).push(AppliedEvents.FIELD).slice(-AppliedEvents.REMEMBERED).each(event.id()),
				Person.COLLECTION);
	}

	private void apply(String personId, ReceivedEvent<?> event, Update update) {
		update.setOnInsert("createdAt", event.time());
		AppliedEvents.applyOnce(mongo, Person.COLLECTION, personId, event.id(), update);
	}
}
