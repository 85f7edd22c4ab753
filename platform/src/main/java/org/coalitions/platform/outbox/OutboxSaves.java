package org.coalitions.platform.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Tells the relay which document was just saved with events in its outbox, so that the relay reads that
 * document by id instead of scanning the collection. Every save and insert through Spring Data MongoDB
 * (repositories and {@code MongoTemplate}) passes here, whichever class saved the aggregate.
 */
public final class OutboxSaves extends AbstractMongoEventListener<OutboxAggregate> {

	private final OutboxRelay relay;

	public OutboxSaves(OutboxRelay relay) {
		this.relay = relay;
	}

	@Override
	public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
		OutboxAggregate aggregate = event.getSource();
		if (!aggregate.pendingEvents().isEmpty()) {
			// the stored _id (an ObjectId where the store made one), not the mapped String id
			Object id = event.getDocument() != null && event.getDocument().get("_id") != null
					? event.getDocument().get("_id") : aggregate.getId();
			relay.pending(event.getCollectionName(), id);
		}
	}
}
