package org.coalitions.coalition.coordination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What the discussions are about, by their titles, most recently active first; read without the posts. */
@Service
public class ThreadTitles {

	private final MongoOperations mongo;

	ThreadTitles(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The titles of a coalition's threads, at most {@code limit}. */
	public List<String> of(String coalitionId, int limit) {
		List<String> titles = new ArrayList<>();
		mongo.find(titles(Criteria.where("coalitionId").is(coalitionId)).limit(limit), Document.class,
				collection())
			.forEach(thread -> titles.add(thread.getString("title")));
		return titles;
	}

	/** Every coalition's thread titles, at most {@code limit} each, in one pass over the threads. */
	public Map<String, List<String>> ofEveryCoalition(int limit) {
		Map<String, List<String>> titles = new HashMap<>();
		try (var threads = mongo.stream(titles(new Criteria()), Document.class, collection())) {
			threads.forEach(thread -> {
				List<String> ofCoalition = titles.computeIfAbsent(thread.getString("coalitionId"),
						id -> new ArrayList<>());
				if (ofCoalition.size() < limit) {
					ofCoalition.add(thread.getString("title"));
				}
			});
		}
		return titles;
	}

	private static Query titles(Criteria criteria) {
		Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "lastPostAt"));
		query.fields().include("coalitionId", "title");
		return query;
	}

	private String collection() {
		return mongo.getCollectionName(DiscussionThread.class);
	}
}
