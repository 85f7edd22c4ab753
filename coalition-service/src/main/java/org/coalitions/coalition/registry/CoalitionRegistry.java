package org.coalitions.coalition.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.ForbiddenException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.springframework.stereotype.Service;

/** Proposes and finds coalitions. */
@Service
public class CoalitionRegistry {

	private final CoalitionRepository coalitions;

	private final MongoOperations mongo;


	private final Clock clock;

	private final Rosters rosters;

	CoalitionRegistry(CoalitionRepository coalitions, MongoOperations mongo, Clock clock,
			Rosters rosters) {
		this.coalitions = coalitions;
		this.mongo = mongo;
		this.clock = clock;
		this.rosters = rosters;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		mongo.indexOps(Coalition.class).createIndex(new Index("nameKey", Sort.Direction.ASC).unique());
	}

	Coalition propose(ProposeCoalition proposal, String proposerId, String proposerName) {
		Coalition coalition = Coalition.propose(proposal, proposerId, proposerName, clock.instant());
		try {
			coalitions.insert(coalition);
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("A coalition named \"" + coalition.getName() + "\" already exists.");
		}
		return coalition;
	}

	Coalition editCharter(String id, EditCharter edit, long expectedVersion, CurrentUser editor) {
		rosters.requireCoordinator(id, editor);
		return update(id, coalition -> {
			coalition.editCharter(edit, expectedVersion, editor.id(), clock.instant());
			return true;
		});
	}

	Coalition close(String id, String reason, CurrentUser actor) {
		get(id);
		rosters.requireCoordinatorOrSecretariat(id, actor);
		return update(id, coalition -> {
			coalition.close(reason, actor.id(), clock.instant());
			return true;
		});
	}

	Coalition reopen(String id, String reason, CurrentUser actor) {
		if (!actor.secretariat()) {
			throw new ForbiddenException("Only the secretariat may reopen a coalition.");
		}
		return update(id, coalition -> {
			coalition.reopen(reason, actor.id(), clock.instant());
			return true;
		});
	}

	/** Membership met the multistakeholder rule: a proposed coalition becomes active. */
	public void balanceMet(String id, String reason) {
		updateIfExists(id, coalition -> coalition.balanceMet(reason, clock.instant()));
	}

	/**
	 * Notes activity at the given time. Every event of a coalition comes here, so the common case (not
	 * dormant, and the activity is newer) is one conditional write instead of reading and rewriting the whole
	 * coalition; it increments the version like a save, so that a save from an older read does not undo it.
	 * A dormant coalition wakes up through its aggregate, which records the status change.
	 */
	public void activity(String id, Instant at) {
		Query newerWhileAwake = Query.query(new Criteria().andOperator(Criteria.where("_id").is(id),
				Criteria.where("status").ne(CoalitionStatus.DORMANT.name()),
				new Criteria().orOperator(Criteria.where("lastActivityAt").lt(at),
						Criteria.where("lastActivityAt").is(null))));
		if (mongo.updateFirst(newerWhileAwake,
				new Update().set("lastActivityAt", at).inc(OutboxAggregate.VERSION_FIELD, 1), Coalition.class)
			.getMatchedCount() == 0) {
			updateIfExists(id, coalition -> coalition.activity(at));
		}
	}

	public void goDormant(String id, String reason) {
		updateIfExists(id, coalition -> coalition.goDormant(reason, clock.instant()));
	}

	public List<Coalition> active() {
		return mongo.find(Query.query(Criteria.where("status").is(CoalitionStatus.ACTIVE)), Coalition.class);
	}

	private void updateIfExists(String id, Predicate<Coalition> change) {
		if (coalitions.existsById(id)) {
			update(id, change);
		}
	}

	/**
	 * Loads, changes and saves a coalition; when another writer saved in between (optimistic lock), does it
	 * again on the fresh state, so concurrent internal updates never lose each other's changes.
	 */
	private Coalition update(String id, Predicate<Coalition> change) {
		return ConcurrentSaves.retrying(() -> {
			Coalition coalition = get(id);
			return change.test(coalition) ? coalitions.save(coalition) : coalition;
		});
	}

	public Coalition get(String id) {
		return coalitions.findById(id).orElseThrow(() -> new NotFoundException("No coalition with id " + id));
	}

	/**
	 * One page of coalitions in name order, as summaries: reads only the summary's fields, and counts the matches
	 * only when the page alone cannot tell (a full page, or one past the end); a partial page is the last one, so
	 * the total is what comes before it plus what is on it.
	 */
	PageView<CoalitionSummary> find(Theme theme, CoalitionStatus status, String words, int page, int size) {
		List<Bson> conditions = new ArrayList<>();
		if (theme != null) {
			conditions.add(Filters.eq("theme", theme.name()));
		}
		if (status != null) {
			conditions.add(Filters.eq("status", status.name()));
		}
		if (words != null) {
			for (String term : Coalition.terms(words)) {
				conditions.add(Filters.regex("searchTerms", "^" + Pattern.quote(term)));
			}
		}
		Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
		long offset = (long) page * size;
		return mongo.execute(Coalition.class, collection -> {
			List<CoalitionSummary> items = new ArrayList<>(size);
			if (offset <= Integer.MAX_VALUE) {
				collection.find(filter)
					.projection(Projections.include(CoalitionSummary.FIELDS))
					.sort(Sorts.ascending("nameKey"))
					.skip((int) offset)
					.limit(size)
					.forEach(stored -> items.add(CoalitionSummary.of(stored)));
			}
			boolean lastPage = items.size() < size && (!items.isEmpty() || offset == 0);
			long total = lastPage ? offset + items.size() : collection.countDocuments(filter);
			return new PageView<>(items, page, size, total);
		});
	}
}
