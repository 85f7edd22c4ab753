package org.coalitions.coalition.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The audit trail's entries of what one person did, for their own data ("download my data"). */
@Component
public class PersonalAudit {

	private final MongoOperations mongo;

	PersonalAudit(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Their acts, newest first, at most {@code limit}: one query. */
	public List<Act> actsOf(String personId, int limit) {
		Query query = Query.query(Criteria.where("actorId").is(personId))
			.with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
			.limit(limit);
		return mongo.find(query, AuditEntry.class)
			.stream()
			.map(entry -> new Act(entry.coalitionId(), entry.event(), entry.at(), entry.summary()))
			.toList();
	}

	/** One act as the trail keeps it: its one-line summary carries no address. */
	public record Act(String coalitionId, String event, Instant at, String summary) {
	}
}
