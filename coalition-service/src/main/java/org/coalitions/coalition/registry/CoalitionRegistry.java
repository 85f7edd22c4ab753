package org.coalitions.coalition.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.coalitions.platform.outbox.OutboxRelay;
import org.coalitions.platform.web.NotFoundException;
import org.coalitions.platform.web.RuleViolationException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Proposes and finds coalitions. */
@Service
public class CoalitionRegistry {

	private final CoalitionRepository coalitions;

	private final MongoOperations mongo;

	private final OutboxRelay relay;

	private final Clock clock;

	CoalitionRegistry(CoalitionRepository coalitions, MongoOperations mongo, OutboxRelay relay,
			java.util.Optional<Clock> clock) {
		this.coalitions = coalitions;
		this.mongo = mongo;
		this.relay = relay;
		this.clock = clock.orElse(Clock.systemUTC());
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
		relay.wakeUp();
		return coalition;
	}

	public Coalition get(String id) {
		return coalitions.findById(id).orElseThrow(() -> new NotFoundException("No coalition with id " + id));
	}

	PageView<Coalition> find(Theme theme, CoalitionStatus status, String words, int page, int size) {
		List<Criteria> conditions = new ArrayList<>();
		if (theme != null) {
			conditions.add(Criteria.where("theme").is(theme));
		}
		if (status != null) {
			conditions.add(Criteria.where("status").is(status));
		}
		if (words != null) {
			for (String term : Coalition.terms(words)) {
				conditions.add(Criteria.where("searchTerms").regex("^" + Pattern.quote(term)));
			}
		}
		Query query = conditions.isEmpty() ? new Query()
				: new Query(new Criteria().andOperator(conditions.toArray(Criteria[]::new)));
		long total = mongo.count(query, Coalition.class);
		query.with(Sort.by("nameKey")).skip((long) page * size).limit(size);
		return new PageView<>(mongo.find(query, Coalition.class), page, size, total);
	}
}
