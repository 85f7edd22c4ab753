package org.coalitions.notification.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.Language;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.texts.Texts;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reads feed entries as one person may see them: entries of the coalitions they belong to since they joined,
 * join requests and decisions only in the coalitions they coordinate, every entry about themselves, and for the
 * secretariat the proposals waiting for its review ({@link FeedEntry#FOR_SECRETARIAT}: new and resubmitted ones).
 */
@Service
public class Feed {

	private static final int DIGEST_BATCH = 1000;

	private static final String[] DIGEST_FIELDS = { "_id", "coalitionId", "type", "category", "title",
			"titleArgs", "occurredAt", "audience", "subjectId", "link" };

	private final MongoOperations mongo;

	Feed(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Newest first. */
	public List<FeedEntry> page(Person person, int page, int size) {
		Query query = Query.query(visibleTo(person))
			.with(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("_id")))
			.skip((long) page * size)
			.limit(size);
		return mongo.find(query, FeedEntry.class);
	}

	public long count(Person person) {
		return mongo.count(Query.query(visibleTo(person)), FeedEntry.class);
	}

	public long unread(Person person) {
		return mongo.count(Query.query(unreadBy(person)), FeedEntry.class);
	}

	public boolean isUnread(Person person, FeedEntry entry) {
		return (person.readBefore() == null || entry.occurredAt().isAfter(person.readBefore()))
				&& !person.readIds().contains(entry.id());
	}

	public Optional<FeedEntry> visibleEntry(Person person, String entryId) {
		return Optional.ofNullable(
				mongo.findOne(Query.query(new Criteria().andOperator(Criteria.where("_id").is(entryId), visibleTo(person))),
						FeedEntry.class));
	}

	/** The entries a person may see that happened in [from, to), oldest first: a digest's material. */
	public List<FeedEntry> between(Person person, Instant from, Instant to) {
		Criteria inPeriod = Criteria.where("occurredAt").gte(from).lt(to);
		return mongo.find(Query.query(new Criteria().andOperator(visibleTo(person), inPeriod))
			.with(Sort.by("occurredAt", "_id")), FeedEntry.class);
	}

	/** Join requests still awaiting a decision in the coalitions the person coordinates, whenever they came. */
	public List<FeedEntry> pendingJoinRequests(Person person) {
		List<String> coordinated = coordinated(person);
		if (coordinated.isEmpty()) {
			return List.of();
		}
		return mongo.find(Query.query(new Criteria().andOperator(Criteria.where("coalitionId").in(coordinated),
				pendingRequest())).with(Sort.by("occurredAt")), FeedEntry.class);
	}

	/**
	 * Every entry that happened in [from, to), whoever may see it, in no particular order and with only the fields
	 * a digest shows: a digest run reads a period once and sorts it out by coalition and audience itself (see
	 * {@link #visible}). Streamed in batches; close the stream.
	 */
	public Stream<FeedEntry> streamBetween(Instant from, Instant to) {
		Query query = Query.query(Criteria.where("occurredAt").gte(from).lt(to)).cursorBatchSize(DIGEST_BATCH);
		query.fields().include(DIGEST_FIELDS);
		return mongo.stream(query, FeedEntry.class);
	}

	/**
	 * Like {@link #streamBetween}, and with it every join request still awaiting a decision, whenever it came
	 * (with {@code type} and {@code pending}): what a digest run needs of the feed, in one pass over it, for a
	 * store that scans the whole collection for either.
	 */
	public Stream<FeedEntry> streamForDigests(Instant from, Instant to) {
		Criteria inPeriod = Criteria.where("occurredAt").gte(from).lt(to);
		Query query = Query.query(new Criteria().orOperator(inPeriod, pendingRequest())).cursorBatchSize(DIGEST_BATCH);
		query.fields().include(DIGEST_FIELDS).include("type", "pending");
		return mongo.stream(query, FeedEntry.class);
	}

	/** Whether the entry is a join request still awaiting a decision. */
	public static boolean pendingJoinRequest(FeedEntry entry) {
		return FeedEntry.JOIN_REQUESTED.equals(entry.type()) && Boolean.TRUE.equals(entry.pending());
	}

	/** {@link #pendingJoinRequest} as a query. */
	private static Criteria pendingRequest() {
		return Criteria.where("type").is(FeedEntry.JOIN_REQUESTED).and("pending").is(true);
	}

	/**
	 * Join requests still awaiting a decision in every coalition, in no particular order, with the fields a
	 * digest shows: read once per digest run instead of once per coordinator.
	 */
	public List<FeedEntry> pendingJoinRequests() {
		Query query = Query.query(pendingRequest()).cursorBatchSize(DIGEST_BATCH);
		query.fields().include(DIGEST_FIELDS);
		return mongo.find(query, FeedEntry.class);
	}

	/** Every coalition's name by id: a digest run reads them once. */
	public Map<String, String> coalitionNames() {
		return byId(mongo.findAll(CoalitionName.class));
	}

	/**
	 * Whether the person may see the entry: {@link #visibleTo} evaluated in memory, for readers that fetch
	 * entries for many people at once.
	 */
	public static boolean visible(Person person, FeedEntry entry) {
		if (person.muted(entry.ref())) {
			return false;
		}
		return person.id().equals(entry.subjectId()) || visibleAsMember(person, entry)
				|| person.isSecretariat() && FeedEntry.FOR_SECRETARIAT.contains(entry.type());
	}

	/**
	 * Whether the person sees the entry through a membership of its coalition (the part of {@link #visibleTo}
	 * without the entries about themselves): a member since it happened, and a coordinator unless it is for
	 * members.
	 */
	public static boolean visibleAsMember(Person person, FeedEntry entry) {
		Person.Membership membership = entry.coalitionId() == null ? null
				: person.coalitions().get(entry.coalitionId());
		return membership != null && membership.since() != null && entry.occurredAt() != null
				&& !entry.occurredAt().isBefore(membership.since())
				&& (membership.coordinator() && !FeedEntry.PERSON.equals(entry.audience())
						|| FeedEntry.MEMBERS.equals(entry.audience()));
	}

	public Map<String, String> coalitionNames(Collection<String> coalitionIds) {
		if (coalitionIds.isEmpty()) {
			return Map.of();
		}
		return byId(mongo.find(Query.query(Criteria.where("_id").in(coalitionIds)), CoalitionName.class));
	}

	private static Map<String, String> byId(List<CoalitionName> names) {
		return names.stream()
			.collect(Collectors.toMap(CoalitionName::id, CoalitionName::name, (first, second) -> first));
	}

	/**
	 * Remembers a coalition's name from its proposal. The feed's group and the action mails' group both do, so
	 * that a mail about a coalition never waits for the other group's progress (it could be minutes behind on a
	 * backlog); the write is the same either way.
	 */
	public void rememberName(String coalitionId, String name) {
		mongo.upsert(Query.query(Criteria.where("_id").is(coalitionId)), new Update().set("name", name),
				CoalitionName.COLLECTION);
	}

	/** The standing reporting reminders of every coalition, by coalition id: a digest run reads them once. */
	public Map<String, StandingReminder> standingReminders() {
		return mongo.findAll(StandingReminder.class)
			.stream()
			.collect(Collectors.toMap(StandingReminder::coalitionId, reminder -> reminder));
	}

	/** The standing reporting reminders of the coalitions the person coordinates, oldest deadline first. */
	public List<StandingReminder> standingReminders(Person person) {
		List<String> coordinated = coordinated(person);
		if (coordinated.isEmpty()) {
			return List.of();
		}
		return mongo.find(Query.query(Criteria.where("_id").in(coordinated)).with(Sort.by("deadline", "_id")),
				StandingReminder.class);
	}

	/**
	 * A coalition's name as a reader sees it: its own, as proposed, or for the coordination group, which no
	 * proposal names, the group's name in the reader's language ({@code feed.coordination-group}).
	 */
	public static String nameIn(String coalitionId, String name, Texts texts, Language language) {
		return CoordinationGroup.ID.equals(coalitionId) ? texts.get(language, "feed.coordination-group") : name;
	}

	public Optional<String> coalitionName(String coalitionId) {
		return Optional.ofNullable(mongo.findById(coalitionId, CoalitionName.class)).map(CoalitionName::name);
	}

	static Criteria visibleTo(Person person) {
		List<Criteria> anyOf = new ArrayList<>();
		anyOf.add(Criteria.where("subjectId").is(person.id()));
		if (person.isSecretariat()) {
			anyOf.add(Criteria.where("type").in(FeedEntry.FOR_SECRETARIAT));
		}
		person.coalitions().forEach((coalitionId, membership) -> {
			Criteria ofCoalition = Criteria.where("coalitionId").is(coalitionId).and("occurredAt").gte(membership.since());
			ofCoalition = membership.coordinator() ? ofCoalition.and("audience").ne(FeedEntry.PERSON)
					: ofCoalition.and("audience").is(FeedEntry.MEMBERS);
			anyOf.add(ofCoalition);
		});
		Criteria visible = new Criteria().orOperator(anyOf);
		// a muted thread's lines are its ref; no other kind of entry has a thread's id there
		return person.mutedThreads().isEmpty() ? visible
				: new Criteria().andOperator(visible, Criteria.where("ref").nin(person.mutedThreads()));
	}

	private static Criteria unreadBy(Person person) {
		Criteria unread = person.readBefore() == null ? new Criteria()
				: Criteria.where("occurredAt").gt(person.readBefore());
		if (!person.readIds().isEmpty()) {
			unread = unread.and("_id").nin(person.readIds());
		}
		return new Criteria().andOperator(visibleTo(person), unread);
	}

	/** The ids of the coalitions the person coordinates. */
	private static List<String> coordinated(Person person) {
		return person.coalitions()
			.entrySet()
			.stream()
			.filter(membership -> membership.getValue().coordinator())
			.map(Map.Entry::getKey)
			.toList();
	}
}
