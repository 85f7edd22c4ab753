package org.coalitions.coalition.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.coalitions.coalition.registry.Coalition;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.persistence.SecondaryIndexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The public registry of outcomes: every coalition's published outcomes and annual reports, newest first, found
 * by words, theme, year and kind.
 * <p>
 * Words match the beginnings of the folded words of the title and text (as the coalitions' search does, with
 * {@link Coalition#terms}), stored with the outcome when it is published ({@code searchTerms}), so that the same
 * query runs on a real MongoDB and on the embedded server, which has no {@code $text}. Published outcomes never
 * change, so the stored words never go stale; the forum publishes a few hundred a year, so a search is an indexed
 * (or, on the embedded server, a scanned) query, with no index of its own to keep in step across instances.
 * A year matches outcomes published in it and, for annual reports, the reporting cycle it covers: someone looking
 * for a year's work finds the report on that year, although it is published the year after.
 */
@Service
class OutcomeRegistry {

	/** Never sent to a reader of the registry: the words are the text again, the outbox is internal. */
	private static final String[] NOT_LISTED = { "searchTerms", "body", "outbox", "annex" };

	private final MongoOperations mongo;

	private final SecondaryIndexes indexes;

	OutcomeRegistry(MongoOperations mongo, SecondaryIndexes indexes) {
		this.mongo = mongo;
		this.indexes = indexes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void prepare() {
		indexes.ensure(Outcome.class, new Index("published", Sort.Direction.ASC).on("publishedAt", Sort.Direction.DESC));
		indexes.ensure(Outcome.class, new Index("searchTerms", Sort.Direction.ASC));
		addSearchTermsToOutcomesPublishedBefore();
	}

	/**
	 * Outcomes published before the registry had no words stored; they get them once. The version moves on, so a
	 * save from an older read fails its optimistic lock and is done again rather than dropping the words.
	 */
	private void addSearchTermsToOutcomesPublishedBefore() {
		Query withoutTerms = Query.query(where("published").is(true).and("searchTerms").exists(false));
		withoutTerms.fields().include("title", "body");
		for (Document outcome : mongo.find(withoutTerms, Document.class, mongo.getCollectionName(Outcome.class))) {
			mongo.updateFirst(Query.query(where("_id").is(outcome.get("_id")).and("searchTerms").exists(false)),
					new Update().set("searchTerms", Outcome.searchTermsOf(outcome.getString("title"),
							outcome.getString("body") == null ? "" : outcome.getString("body")))
						.inc("version", 1),
					Outcome.class);
		}
	}

	/** One page of published outcomes matching every criterion given (null: any), newest first. */
	RegistryPage find(String words, Theme theme, Integer year, OutcomeKind kind, int page, int size) {
		List<Criteria> conditions = new ArrayList<>();
		conditions.add(where("published").is(true));
		if (words != null) {
			for (String term : Coalition.terms(words)) {
				conditions.add(where("searchTerms").regex("^" + Pattern.quote(term)));
			}
		}
		if (theme != null) {
			conditions.add(where("coalitionId").in(coalitionsOfTheme(theme)));
		}
		if (kind != null) {
			conditions.add(where("kind").is(kind));
		}
		if (year != null) {
			Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
			Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
			conditions.add(new Criteria().orOperator(where("publishedAt").gte(from).lt(to),
					where("kind").is(OutcomeKind.ANNUAL_REPORT).and("reportingCycle").is(year)));
		}
		Query query = new Query(new Criteria().andOperator(conditions));
		long total = mongo.count(query, Outcome.class);
		long offset = (long) page * size;
		if (offset >= total) {
			return new RegistryPage(List.of(), page, size, total);
		}
		query.with(newestFirst()).skip(offset).limit(size);
		query.fields().exclude(NOT_LISTED);
		return new RegistryPage(items(mongo.find(query, Outcome.class)), page, size, total);
	}

	/** The latest published outcomes, newest first (the Atom feed). */
	List<RegistryItem> latest(int count) {
		Query query = Query.query(where("published").is(true)).with(newestFirst()).limit(count);
		query.fields().exclude(NOT_LISTED);
		return items(mongo.find(query, Outcome.class));
	}

	private static Sort newestFirst() {
		return Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"));
	}

	private List<String> coalitionsOfTheme(Theme theme) {
		Query ofTheme = Query.query(where("theme").is(theme.name()));
		ofTheme.fields().include("_id");
		return mongo.find(ofTheme, Document.class, mongo.getCollectionName(Coalition.class))
			.stream()
			.map(found -> found.getString("_id"))
			.toList();
	}

	/** Each outcome with its coalition's name and theme as they are now (read in one query for the page). */
	private List<RegistryItem> items(List<Outcome> outcomes) {
		Query coalitions = Query.query(where("_id").in(outcomes.stream().map(Outcome::getCoalitionId).distinct().toList()));
		coalitions.fields().include("name", "theme", "themeName");
		Map<String, Document> byId = new HashMap<>();
		mongo.find(coalitions, Document.class, mongo.getCollectionName(Coalition.class))
			.forEach(coalition -> byId.put(coalition.getString("_id"), coalition));
		return outcomes.stream().map(outcome -> RegistryItem.of(outcome, byId.get(outcome.getCoalitionId()))).toList();
	}
}
