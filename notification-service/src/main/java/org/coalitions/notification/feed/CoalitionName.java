package org.coalitions.notification.feed;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A coalition's name, from its proposal, for feeds and mails. */
@Document(CoalitionName.COLLECTION)
record CoalitionName(@Id String id, String name) {

	static final String COLLECTION = "feed_coalitions";
}
