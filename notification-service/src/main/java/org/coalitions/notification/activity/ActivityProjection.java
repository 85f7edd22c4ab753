package org.coalitions.notification.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Counts every event into its coalition's activity, once per event id, and keeps what the latest events said
 * about name, status, balance and published annual reports. Tells the application once per batch which
 * coalitions it changed ({@link CoalitionActivityChanged}), not after a batch of nothing but redeliveries.
 * <p>
 * Events come a polled batch at a time, and each coalition's events in a batch are one conditional update: the
 * counts summed, the latest values in event order, all the event ids remembered at once, on the condition that
 * none of them is remembered yet; the batch's updates go to the store in one unordered bulk write. Where one
 * fails (some event was applied before: a redelivery; or the upsert collided with a document created meanwhile)
 * that coalition's events are applied one at a time, each once ({@link AppliedEvents}).
 */
@Service
public class ActivityProjection {

	private final MongoOperations mongo;

	private final ApplicationEventPublisher publisher;

	ActivityProjection(MongoOperations mongo, ApplicationEventPublisher publisher) {
		this.mongo = mongo;
		this.publisher = publisher;
	}

	public Optional<CoalitionActivity> find(String coalitionId) {
		return Optional.ofNullable(mongo.findOne(withoutAppliedEvents(Query.query(Criteria.where("_id").is(coalitionId))),
				CoalitionActivity.class));
	}

	/** Every coalition, by name. */
	public List<CoalitionActivity> all() {
		return mongo.find(withoutAppliedEvents(new Query().with(Sort.by("name"))), CoalitionActivity.class);
	}

	/** The remembered event ids are most of a document and only the idempotency check needs them. */
	private static Query withoutAppliedEvents(Query query) {
		query.fields().exclude(AppliedEvents.FIELD);
		return query;
	}

	/**
	 * Applies each event once, in order per coalition; events not about a coalition (the coordination group's too)
	 * are passed over. Takes a poll
	 * at a time: one conditional update per coalition per batch.
	 */
	@EventSubscription(id = "notification-activity",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS }, batch = true)
	public void apply(List<ReceivedEvent<?>> events) {
		Map<String, Map<String, ReceivedEvent<?>>> byCoalition = new LinkedHashMap<>();
		for (ReceivedEvent<?> event : events) {
			// the coordination group is no coalition: the dashboard watches coalitions
			if (event.data() instanceof CoalitionEvent && !CoordinationGroup.ID.equals(event.coalitionId())) {
				// an event twice in one batch (redelivered at a new offset) counts once
				byCoalition.computeIfAbsent(event.coalitionId(), id -> new LinkedHashMap<>())
					.putIfAbsent(event.id(), event);
			}
		}
		if (byCoalition.isEmpty()) {
			return;
		}
		List<String> coalitionIds = List.copyOf(byCoalition.keySet());
		BulkOperations updates = mongo.bulkOps(BulkMode.UNORDERED, CoalitionActivity.COLLECTION);
		coalitionIds.forEach(coalitionId -> addUpdate(updates, coalitionId, byCoalition.get(coalitionId)));
		Set<Integer> notApplied = Set.of();
		try {
			updates.execute();
		}
		catch (BulkOperationException partly) {
			// the document exists and did not match: some event of this coalition was applied before
			notApplied = AppliedEvents.alreadyApplied(partly);
		}
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < coalitionIds.size(); i++) {
			String coalitionId = coalitionIds.get(i);
			if (!notApplied.contains(i) || applyOneByOne(coalitionId, byCoalition.get(coalitionId).values())) {
				changed.add(coalitionId);
			}
		}
		if (!changed.isEmpty()) {
			publisher.publishEvent(new CoalitionActivityChanged(changed));
		}
	}

	/**
	 * All the coalition's events in one upsert that matches only if none of them was applied: it either updates
	 * the document, or creates it, or collides with it (a duplicate key), and then nothing of it took effect.
	 */
	private static void addUpdate(BulkOperations updates, String coalitionId, Map<String, ReceivedEvent<?>> events) {
		List<String> ids = List.copyOf(events.keySet());
		ActivityDelta delta = new ActivityDelta();
		events.values().forEach(delta::add);
		Update update = delta.toUpdate();
		update.push(AppliedEvents.FIELD).slice(-AppliedEvents.REMEMBERED).each(ids.toArray());
		updates.upsert(Query.query(Criteria.where("_id").is(coalitionId).and(AppliedEvents.FIELD).nin(ids)), update);
	}

	/** @return true if any of the events took effect now */
	private boolean applyOneByOne(String coalitionId, Collection<ReceivedEvent<?>> events) {
		boolean changed = false;
		for (ReceivedEvent<?> event : events) {
			changed |= AppliedEvents.applyOnce(mongo, CoalitionActivity.COLLECTION, coalitionId, event.id(),
					ActivityDelta.of(event).toUpdate());
		}
		return changed;
	}
}
