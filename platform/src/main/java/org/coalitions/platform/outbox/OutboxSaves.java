package org.coalitions.platform.outbox;

import org.coalitions.platform.messaging.PendingEvent;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Tells the relay which document was just saved with events in its outbox, so that the relay reads that
 * document by id instead of scanning the collection, and the command saving it which events to wait for
 * ({@link RelayedPositions}). Every save and insert through Spring Data MongoDB
 * (repositories and {@code MongoTemplate}) passes here, whichever class saved the aggregate.
 */
public final class OutboxSaves extends AbstractMongoEventListener<OutboxAggregate> {

	private final OutboxRelay relay;

	private final RelayedPositions positions;

	public OutboxSaves(OutboxRelay relay, RelayedPositions positions) {
		this.relay = relay;
		this.positions = positions;
	}

	@Override
	public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
		OutboxAggregate aggregate = event.getSource();
		if (!aggregate.pendingEvents().isEmpty()) {
			// the stored _id (an ObjectId where the store made one), not the mapped String id
			Object id = event.getDocument() != null && event.getDocument().get("_id") != null
					? event.getDocument().get("_id") : aggregate.getId();
			// noted before the relay is woken, so that the command is waiting when the acknowledgement comes
			positions.saved(aggregate.pendingEvents().stream().map(PendingEvent::eventId).toList());
			relay.pending(event.getCollectionName(), id);
		}
	}
}
