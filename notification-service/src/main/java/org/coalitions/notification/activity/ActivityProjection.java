package org.coalitions.notification.activity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.coalitions.platform.events.BalanceChanged;
import org.coalitions.platform.events.CoalitionEvent;
import org.coalitions.platform.events.CoalitionProposed;
import org.coalitions.platform.events.CoalitionStatusChanged;
import org.coalitions.platform.events.EventCatalog;
import org.coalitions.platform.events.EventType;
import org.coalitions.platform.events.OutcomePublished;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Counts every event into its coalition's activity, once per event id, and keeps what the latest events said
 * about name, status, balance and published annual reports. Tells the application after each newly applied
 * event ({@link CoalitionActivityChanged}), not after a redelivery.
 */
@Service
public class ActivityProjection {

	static final String ANNUAL_REPORT = "ANNUAL_REPORT";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final MongoOperations mongo;

	private final ApplicationEventPublisher publisher;

	private final EventHandlers handlers;

	ActivityProjection(MongoOperations mongo, ApplicationEventPublisher publisher) {
		this.mongo = mongo;
		this.publisher = publisher;
		List<Class<? extends CoalitionEvent>> everyType = EventCatalog.all()
			.stream()
			.<Class<? extends CoalitionEvent>>map(EventType::dataType)
			.toList();
		this.handlers = EventHandlers.builder().onAny(everyType, this::apply).build();
	}

	EventHandlers handlers() {
		return handlers;
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

	private void apply(ReceivedEvent<?> event) {
		Update update = new Update().inc("events", 1)
			.inc("eventsByDay." + DAY.format(event.time()), 1)
			.max("lastActivityAt", event.time());
		if (event.data() instanceof CoalitionProposed proposed) {
			update.set("name", proposed.name())
				.set("theme", proposed.theme())
				.setOnInsert("status", "PROPOSED")
				.set("proposedAt", event.time());
		}
		else if (event.data() instanceof CoalitionStatusChanged changed) {
			update.set("status", changed.to());
		}
		else if (event.data() instanceof BalanceChanged balance) {
			update.set("members", balance.members())
				.set("stakeholderGroups", balance.distinctStakeholderGroups())
				.set("balanceMet", balance.ruleMet())
				.set("byStakeholderGroup", balance.byStakeholderGroup())
				.set("byRegion", balance.byRegion());
		}
		else if (event.data() instanceof OutcomePublished outcome && ANNUAL_REPORT.equals(outcome.kind())
				&& outcome.reportingCycle() != null) {
			update.addToSet("reportedCycles", outcome.reportingCycle());
		}
		if (AppliedEvents.applyOnce(mongo, CoalitionActivity.COLLECTION, event.coalitionId(), event.id(), update)) {
			publisher.publishEvent(new CoalitionActivityChanged(event.coalitionId()));
		}
	}
}
