package org.coalitions.coalition.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;

import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingRules;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.ReviewState;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.ForbiddenException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
import org.springframework.stereotype.Service;

/** Proposes, reviews and finds coalitions, and applies to them what happens (balance, activity, the check). */
@Service
public class CoalitionRegistry {

	private final CoalitionRepository coalitions;

	private final MongoOperations mongo;


	private final Clock clock;

	private final Rosters rosters;

	private final ReportingRules reportingRules;

	private final CoalitionReadModel readModel;

	CoalitionRegistry(CoalitionRepository coalitions, MongoOperations mongo, Clock clock, Rosters rosters,
			ReportingRules reportingRules, CoalitionReadModel readModel) {
		this.coalitions = coalitions;
		this.mongo = mongo;
		this.clock = clock;
		this.rosters = rosters;
		this.reportingRules = reportingRules;
		this.readModel = readModel;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		mongo.indexOps(Coalition.class).createIndex(new Index("nameKey", Sort.Direction.ASC).unique());
	}

	Coalition propose(ProposeCoalition proposal, String proposerId, String proposerName) {
		Coalition coalition = Coalition.propose(proposal, proposerId, proposerName, clock.instant(), reportingRules);
		try {
			coalitions.insert(coalition);
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("A coalition named \"" + coalition.getName() + "\" already exists.");
		}
		readModel.written(coalition.getId());
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
		if (!LifeCycleRules.mayClose(rosters.isCoordinator(id, actor), actor.secretariat())) {
			throw new ForbiddenException("Only coordinators of this coalition may do that.");
		}
		return update(id, coalition -> {
			coalition.close(reason, actor.id(), clock.instant());
			return true;
		});
	}

	Coalition reopen(String id, String reason, CurrentUser actor) {
		if (!LifeCycleRules.mayReopen(actor.secretariat())) {
			throw new ForbiddenException("Only the secretariat may reopen a coalition.");
		}
		return update(id, coalition -> {
			coalition.reopen(reason, actor.id(), clock.instant());
			return true;
		});
	}

	Coalition reviseStatement(String id, StatementText text, CurrentUser author) {
		rosters.requireCoordinator(id, author);
		return update(id, coalition -> {
			coalition.reviseStatement(text, author.id(), clock.instant());
			return true;
		});
	}

	/** Every kept version of the statement, newest first. */
	List<Statement> statementVersions(String id) {
		List<Statement> versions = new ArrayList<>(get(id).getStatementVersions());
		Collections.reverse(versions);
		return versions;
	}

	Coalition review(String id, ReviewRequest request, CurrentUser reviewer) {
		if (!LifeCycleRules.mayReview(reviewer.secretariat())) {
			throw new ForbiddenException("Only the secretariat reviews proposals.");
		}
		return update(id, coalition -> {
			coalition.review(request.decision(), request.message(), reviewer.id(), clock.instant());
			return true;
		});
	}

	Coalition resubmit(String id, CurrentUser actor) {
		get(id);
		rosters.requireCoordinator(id, actor);
		return update(id, coalition -> {
			coalition.resubmit(actor.id(), clock.instant());
			return true;
		});
	}

	/**
	 * The secretariat's review queue: every proposal waiting for review or for changes, oldest proposal first. Few
	 * coalitions are PROPOSED at any time, so the whole ones are read.
	 */
	List<ReviewQueueItem> reviewQueue(CurrentUser reader) {
		if (!LifeCycleRules.mayReview(reader.secretariat())) {
			throw new ForbiddenException("Only the secretariat sees the review queue.");
		}
		Query proposed = Query.query(Criteria.where("status").is(CoalitionStatus.PROPOSED.name()))
			.with(Sort.by("proposedAt"));
		return mongo.find(proposed, Coalition.class)
			.stream()
			.filter(coalition -> coalition.reviewState() == ReviewState.AWAITING_REVIEW
					|| coalition.reviewState() == ReviewState.CHANGES_REQUESTED)
			.map(ReviewQueueItem::of)
			.toList();
	}

	/** Membership's balance changed: kept, and an approved proposal may become active. */
	public void balanceChanged(String id, BalanceChanged balance) {
		updateIfExists(id, coalition -> coalition.balanceChanged(balance, clock.instant()));
	}

	/**
	 * Notes activity at the given time. Every activity event of a coalition comes here, so the common case (a
	 * coalition not flagged quiet, and the activity is newer) is one conditional write instead of reading and
	 * rewriting the whole coalition; it increments the version like a save, so that a save from an older read does
	 * not undo it. Otherwise the aggregate takes it, and publishes that a quiet coalition is quiet no more.
	 */
	public void activity(String id, Instant at) {
		Query newerWithoutTransition = Query.query(new Criteria().andOperator(Criteria.where("_id").is(id),
				Criteria.where("quiet").ne(true),
				new Criteria().orOperator(Criteria.where("lastActivityAt").lt(at),
						Criteria.where("lastActivityAt").is(null))));
		if (mongo.updateFirst(newerWithoutTransition,
				new Update().set("lastActivityAt", at).inc(OutboxAggregate.VERSION_FIELD, 1), Coalition.class)
			.getMatchedCount() == 0) {
			updateIfExists(id, coalition -> coalition.activity(at));
		}
		else {
			readModel.written(id);
		}
	}

	/**
	 * Brings a coalition's headline reporting status up to date, publishing it if it changed. The headline is
	 * worked out on each attempt's fresh state, so a report published meanwhile is not overwritten by a stale one.
	 */
	public void reportFiled(String id, Function<Coalition, CycleStatus> headline, String actor) {
		updateIfExists(id, coalition -> coalition.reportFiled(headline.apply(coalition), actor, clock.instant()));
	}

	/**
	 * The periodic check of one coalition, in one write with all its events: its headline reporting status as it is
	 * now, the move that status may cause, the reminder due, and the quietness flag.
	 */
	public void check(String id, Function<Coalition, CycleStatus> headline, Duration quietAfter) {
		Instant now = clock.instant();
		updateIfExists(id, coalition -> coalition.check(headline.apply(coalition), reportingRules, now, quietAfter));
	}

	/** Every coalition's id: the periodic check loads each coalition itself, in its own load-change-save. */
	public List<String> ids() {
		Query all = new Query();
		all.fields().include("_id");
		return mongo.find(all, Document.class, mongo.getCollectionName(Coalition.class))
			.stream()
			.map(found -> found.getString("_id"))
			.toList();
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
		// in turns: this process's many writers of one coalition (commands, the life-cycle consumers, the checks)
		// would otherwise race and, during a burst, lose five times in a row
		return ConcurrentSaves.retrying("coalitions", id, () -> {
			Coalition coalition = get(id);
			if (!change.test(coalition)) {
				return coalition;
			}
			Coalition saved = coalitions.save(coalition);
			readModel.written(id);
			return saved;
		});
	}

	public Coalition get(String id) {
		return coalitions.findById(id).orElseThrow(() -> new NotFoundException("No coalition with id " + id));
	}
}
