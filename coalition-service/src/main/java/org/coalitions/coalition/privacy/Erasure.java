package org.coalitions.coalition.privacy;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.coalitions.contracts.PersonErased;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.privacy.PersonalDataScrub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * A person deleted their account ({@code PersonErased}, on {@code people.events}): coalition-service learns the
 * names it keeps for them from its own records (the roster projection's names, the author of their posts, comments
 * and outcomes, the proposer of their coalitions: {@link PersonalDataScrub#find}) and replaces them, wherever they
 * are written, with "a former member": their posts keep their text, earlier versions included, other people's
 * posts that mention them, the audit trail's lines, outboxes, the files' metadata. Positions stay, counted, made
 * anonymous. Every document is written by compare-and-set on its version (aggregates), so a save from a read taken
 * before fails its lock and reads the scrubbed document. Applying it twice finds nothing the second time.
 */
@Service
class Erasure {

	private static final String POSITIONS = "outcome_positions";

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final MongoTemplate mongo;

	private final EventHandlers handlers;

	Erasure(MongoTemplate mongo) {
		this.mongo = mongo;
		this.handlers = EventHandlers.builder().on(PersonErased.class, event -> erase(event.data().personId())).build();
	}

	@EventSubscription(id = "coalition-erasure", groupSuffix = "erasure", topics = Topics.PEOPLE_EVENTS)
	EventHandlers handlers() {
		return handlers;
	}

	void erase(String personId) {
		PersonalDataScrub.Found found = PersonalDataScrub.find(mongo.getDb(), personId);
		// their positions stay, counted, as anonymous ones do: with the version moved on, so that a save from a read
		// taken before fails its lock instead of naming them again
		mongo.getDb()
			.getCollection(POSITIONS)
			.updateMany(Filters.and(Filters.eq("memberId", personId), Filters.ne("anonymous", true)),
					Updates.combine(Updates.set("anonymous", true), Updates.inc("version", 1L)));
		int scrubbed = PersonalDataScrub.scrub(mongo.getDb(), found.names(), found.addresses());
		// no name and no id: the log must not say who left
		log.info("Erased a person: {} documents scrubbed", scrubbed);
	}
}
