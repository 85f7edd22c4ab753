package org.coalitions.notification.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.coalitions.notification.people.Person;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reads feed entries as one person may see them: entries of the coalitions they belong to since they joined,
 * join requests and decisions only in the coalitions they coordinate, and every entry about themselves.
 */
@Service
public class Feed {

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
		List<String> coordinated = person.coalitions()
			.entrySet()
			.stream()
			.filter(membership -> membership.getValue().coordinator())
			.map(Map.Entry::getKey)
			.toList();
		if (coordinated.isEmpty()) {
			return List.of();
		}
		return mongo.find(Query.query(Criteria.where("coalitionId")
			.in(coordinated)
			.and("type")
			.is("join-requested")
			.and("pending")
			.is(true)).with(Sort.by("occurredAt")), FeedEntry.class);
	}

	public Map<String, String> coalitionNames(Collection<String> coalitionIds) {
		if (coalitionIds.isEmpty()) {
			return Map.of();
		}
		return mongo.find(Query.query(Criteria.where("_id").in(coalitionIds)), CoalitionName.class)
			.stream()
			.collect(Collectors.toMap(CoalitionName::id, CoalitionName::name, (first, second) -> first));
	}

	public Optional<String> coalitionName(String coalitionId) {
		return Optional.ofNullable(mongo.findById(coalitionId, CoalitionName.class)).map(CoalitionName::name);
	}

	static Criteria visibleTo(Person person) {
		List<Criteria> anyOf = new ArrayList<>();
		anyOf.add(Criteria.where("subjectId").is(person.id()));
		person.coalitions().forEach((coalitionId, membership) -> {
			Criteria ofCoalition = Criteria.where("coalitionId").is(coalitionId).and("occurredAt").gte(membership.since());
			if (!membership.coordinator()) {
				ofCoalition = ofCoalition.and("audience").is(FeedEntry.MEMBERS);
			}
			anyOf.add(ofCoalition);
		});
		return new Criteria().orOperator(anyOf);
	}

	private static Criteria unreadBy(Person person) {
		Criteria unread = person.readBefore() == null ? new Criteria()
				: Criteria.where("occurredAt").gt(person.readBefore());
		if (!person.readIds().isEmpty()) {
			unread = unread.and("_id").nin(person.readIds());
		}
		return new Criteria().andOperator(visibleTo(person), unread);
	}
}
