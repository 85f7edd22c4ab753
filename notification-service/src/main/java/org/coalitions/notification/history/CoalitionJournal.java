package org.coalitions.notification.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.InvitationSent;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Every coalition's events, kept as published ({@link JournalEntry}), so that its state on any past date can be
 * worked out again ({@link CoalitionState}). A projection of {@code coalition.events} and {@code
 * membership.events} in a group of its own; an entry's id is its event's, so a redelivery inserts nothing.
 * {@code InvitationSent} is left out: it carries an invitee's address and changes no state.
 */
@Service
public class CoalitionJournal {

	public static final String COLLECTION = JournalEntry.COLLECTION;

	private final MongoOperations mongo;

	CoalitionJournal(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** A poll's coalition events, in one unordered insert; those inserted before are passed over. */
	@EventSubscription(id = "notification-journal", groupSuffix = "journal",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS }, batch = true)
	public void apply(List<ReceivedEvent<?>> events) {
		Map<String, JournalEntry> entries = events.stream()
			.filter(event -> event.data() instanceof CoalitionEvent)
			// an invitation changes nothing of a coalition's state, and its invitee's address is not kept here
			.filter(event -> !(event.data() instanceof InvitationSent))
			.map(event -> new JournalEntry(event.id(), event.coalitionId(), event.type(), event.time(), event.topic(),
					event.offset(), EventJson.write(event.data())))
			.collect(Collectors.toMap(JournalEntry::id, Function.identity(), (first, again) -> first,
					java.util.LinkedHashMap::new));
		if (entries.isEmpty()) {
			return;
		}
		try {
			mongo.bulkOps(BulkMode.UNORDERED, JournalEntry.class).insert(new ArrayList<>(entries.values())).execute();
		}
		catch (BulkOperationException ex) {
			AppliedEvents.alreadyApplied(ex); // rethrows unless every failure is an entry already there
		}
	}

	/** The coalition's events up to and including the instant, in the order they happened. */
	List<DatedEvent> upTo(String coalitionId, java.time.Instant at) {
		Query query = Query.query(Criteria.where("coalitionId").is(coalitionId).and("occurredAt").lte(at))
			.with(Sort.by("occurredAt", "offset"));
		List<DatedEvent> events = new ArrayList<>();
		for (JournalEntry entry : mongo.find(query, JournalEntry.class)) {
			decode(entry).ifPresent(event -> events.add(new DatedEvent(entry.occurredAt(), event)));
		}
		return events;
	}

	/** Whether any event of the coalition is known at all. */
	boolean knows(String coalitionId) {
		return mongo.exists(Query.query(Criteria.where("coalitionId").is(coalitionId)), JournalEntry.class);
	}

	/** A type this build no longer knows is passed over, as consumers do. */
	private static Optional<CoalitionEvent> decode(JournalEntry entry) {
		return EventCatalog.byName(entry.type())
			.filter(type -> CoalitionEvent.class.isAssignableFrom(type.dataType()))
			.map(type -> (CoalitionEvent) EventJson.read(entry.data().getBytes(java.nio.charset.StandardCharsets.UTF_8),
					type.dataType()));
	}
}
