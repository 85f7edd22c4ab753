package org.coalitions.membership.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps the coalition directory from coalition events, each applied once. */
@Service
public class CoalitionDirectory {

	private final MongoOperations mongo;

	private final EventHandlers handlers;

	CoalitionDirectory(MongoOperations mongo) {
		this.mongo = mongo;
		this.handlers = EventHandlers.builder()
			.on(CoalitionProposed.class, this::proposed)
			.on(CoalitionStatusChanged.class, this::statusChanged)
			.on(CharterEdited.class, this::charterEdited)
			.build();
	}

	@EventSubscription(id = "membership-coalition-events", topics = Topics.COALITION_EVENTS)
	EventHandlers handlers() {
		return handlers;
	}

	public Optional<CoalitionEntry> find(String coalitionId) {
		return Optional.ofNullable(mongo.findById(coalitionId, CoalitionEntry.class));
	}

	/** The entries of these coalitions (those known here), in one query. */
	public List<CoalitionEntry> findAll(Collection<String> coalitionIds) {
		return coalitionIds.isEmpty() ? List.of()
				: mongo.find(Query.query(Criteria.where("_id").in(coalitionIds)), CoalitionEntry.class);
	}

	private void proposed(ReceivedEvent<CoalitionProposed> event) {
		CoalitionProposed data = event.data();
		AppliedEvents.applyOnce(mongo, CoalitionEntry.COLLECTION, data.coalitionId(), event.id(),
				new Update().set("name", data.name())
					.set("theme", data.theme())
					.set("joinPolicy", data.joinPolicy())
					.setOnInsert("status", CoalitionStatus.PROPOSED.name())
					.set("proposerId", data.proposerId())
					.set("updatedAt", event.time()));
	}

	/** A closed coalition takes no new members; the directory learns it from here. */
	private void statusChanged(ReceivedEvent<CoalitionStatusChanged> event) {
		AppliedEvents.applyOnce(mongo, CoalitionEntry.COLLECTION, event.coalitionId(), event.id(),
				new Update().set("status", event.data().to()).set("updatedAt", event.time()));
	}

	/** The join policy may change with the charter. */
	private void charterEdited(ReceivedEvent<CharterEdited> event) {
		AppliedEvents.applyOnce(mongo, CoalitionEntry.COLLECTION, event.coalitionId(), event.id(),
				new Update().set("joinPolicy", event.data().joinPolicy()).set("updatedAt", event.time()));
	}
}
