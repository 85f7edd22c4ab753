package org.coalitions.coalition.audit;

import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventType;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.persistence.SecondaryIndexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Records every coalition event of both topics, and shows a coalition's trail to the secretariat. The entry's
 * id is the event id, so a redelivered event finds its entry there and adds nothing; no {@code appliedEvents}
 * list is needed.
 */
@Service
class AuditTrail {

	private final MongoOperations mongo;

	private final CoalitionRegistry registry;

	private final EventHandlers handlers;

	private final SecondaryIndexes indexes;

	AuditTrail(MongoOperations mongo, CoalitionRegistry registry, SecondaryIndexes indexes) {
		this.mongo = mongo;
		this.indexes = indexes;
		this.registry = registry;
		this.handlers = EventHandlers.builder()
			.onAny(EventCatalog.all().stream().<Class<? extends CoalitionEvent>>map(EventType::dataType).toList(),
					this::record)
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		indexes.ensure(AuditEntry.class, new Index("coalitionId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
	}

	/** A consumer group of its own, so the audit trail reads every event whatever the other projections do. */
	@EventSubscription(id = "coalition-audit", groupSuffix = "audit",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	EventHandlers handlers() {
		return handlers;
	}

	private void record(ReceivedEvent<?> event) {
		CoalitionEvent data = (CoalitionEvent) event.data();
		try {
			mongo.insert(new AuditEntry(event.id(), data.coalitionId(), data.getClass().getSimpleName(), event.type(),
					event.actor(), event.time(), AuditSummaries.of(data)));
		}
		catch (DuplicateKeyException redelivered) {
			// recorded when it came first
		}
	}

	/** The secretariat's alone: coordinators see their coalition's activity in its threads and members list. */
	AuditPage read(String coalitionId, int page, int size, CurrentUser reader) {
		if (!reader.secretariat()) {
			throw new ForbiddenException("Only the secretariat reads the audit trail.");
		}
		registry.get(coalitionId);
		Query query = Query.query(Criteria.where("coalitionId").is(coalitionId));
		long total = mongo.count(query, AuditEntry.class);
		query.with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("eventId"))).skip((long) page * size).limit(size);
		return AuditPage.of(mongo.find(query, AuditEntry.class), page, size, total);
	}
}
