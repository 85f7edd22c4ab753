package org.coalitions.notification.privacy;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.coalitions.contracts.PersonErased;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.privacy.PersonalDataScrub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * A person deleted their account ({@code PersonErased}, on {@code people.events}): notification-service learns the
 * names and addresses it keeps for them from its own records (their {@code people} record, the mails queued for
 * them, the fields beside their id anywhere: {@link PersonalDataScrub#find}); deletes the mails to them, their
 * unsubscribe uses and their place in {@code thread_interest} (posters, followers); and replaces their names with
 * "a former member" everywhere else (feed entries, the coalition journal's stored events, other people's mails that
 * name them), addresses removed. The {@code people} record itself goes in the people group ({@code People}), in
 * order with their profile events. Applying it twice finds nothing the second time.
 */
@Service
class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final MongoTemplate mongo;

	private final EventHandlers handlers;

	Erasure(MongoTemplate mongo) {
		this.mongo = mongo;
		this.handlers = EventHandlers.builder().on(PersonErased.class, event -> erase(event.data().personId())).build();
	}

	@EventSubscription(id = "notification-erasure", groupSuffix = "erasure", topics = Topics.PEOPLE_EVENTS)
	EventHandlers handlers() {
		return handlers;
	}

	void erase(String personId) {
		var database = mongo.getDb();
		PersonalDataScrub.Found found = PersonalDataScrub.find(database, personId);
		List<String> names = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		for (Document mail : database.getCollection("mail_queue").find(Filters.eq("toPersonId", personId))) {
			names.add(mail.getString("toName"));
			addresses.add(mail.getString("toAddress"));
		}
		found = found.with(names, addresses);
		long mails = database.getCollection("mail_queue").deleteMany(Filters.eq("toPersonId", personId))
			.getDeletedCount();
		if (!found.addresses().isEmpty()) {
			mails += database.getCollection("mail_queue").deleteMany(Filters.in("toAddress", found.addresses()))
				.getDeletedCount();
		}
		database.getCollection("mail_opt_outs").deleteMany(Filters.eq("personId", personId));
		database.getCollection("thread_interest").updateMany(Filters.or(Filters.exists("posters." + personId),
				Filters.eq("followers", personId)),
				Updates.combine(Updates.unset("posters." + personId), Updates.pull("followers", personId)));
		database.getCollection("people").deleteOne(Filters.eq("_id", personId));
		int scrubbed = PersonalDataScrub.scrub(database, found.names(), found.addresses());
		// no name and no id: the log must not say who left
		log.info("Erased a person: {} mails to them deleted, {} documents scrubbed", mails, scrubbed);
	}
}
