package org.coalitions.coalition.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalitions.coalition.registry.Coalition;
import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingRules;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/**
 * Drafting, publishing and reading outcomes; reporting status per cycle, as {@link ReportingRules} says from the
 * published annual reports.
 */
@Service
public class Outcomes {

	private final OutcomeRepository outcomes;

	private final CoalitionRegistry registry;

	private final Rosters rosters;


	private final MongoOperations mongo;

	private final Clock clock;

	private final ReportingRules rules;

	Outcomes(OutcomeRepository outcomes, CoalitionRegistry registry, Rosters rosters, MongoOperations mongo,
			Clock clock, ReportingRules rules) {
		this.outcomes = outcomes;
		this.registry = registry;
		this.rosters = rosters;
		this.mongo = mongo;
		this.clock = clock;
		this.rules = rules;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		mongo.indexOps(Outcome.class).createIndex(new Index("annualReportKey", Sort.Direction.ASC).unique().sparse());
		// a coalition's outcomes, newest first (a real MongoDB uses it; the embedded server scans)
		mongo.indexOps(Outcome.class)
			.createIndex(new Index("coalitionId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
	}

	Outcome draft(String coalitionId, DraftOutcome draft, CurrentUser author) {
		registry.get(coalitionId).requireNotClosed("given new outcomes");
		rosters.requireCoordinator(coalitionId, author);
		try {
			return outcomes.insert(Outcome.draft(coalitionId, draft, author.id(), clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("This coalition already has an annual report for "
					+ draft.reportingCycle() + ". Edit that one.");
		}
	}

	Outcome revise(String coalitionId, String outcomeId, ReviseOutcome revision, CurrentUser author) {
		rosters.requireCoordinator(coalitionId, author);
		return ConcurrentSaves.retrying(() -> {
			Outcome outcome = find(coalitionId, outcomeId, author);
			outcome.revise(revision.title(), revision.body());
			return outcomes.save(outcome);
		});
	}

	Outcome publish(String coalitionId, String outcomeId, CurrentUser actor) {
		rosters.requireCoordinator(coalitionId, actor);
		Outcome saved = ConcurrentSaves.retrying(() -> {
			Outcome outcome = find(coalitionId, outcomeId, actor);
			outcome.publish(actor.id(), clock.instant());
			return outcomes.save(outcome);
		});
		if (saved.getKind() == OutcomeKind.ANNUAL_REPORT) {
			// publishes the new headline if this report was the one being asked for; an INACTIVE coalition filing its
			// overdue report is ACTIVE again at once
			registry.reportFiled(coalitionId, this::headline, actor.id());
		}
		return saved;
	}

	/** Published outcomes for everyone; drafts too for the coalition's members. */
	List<Outcome> list(String coalitionId, CurrentUser reader) {
		registry.get(coalitionId);
		boolean member = rosters.isMember(coalitionId, reader);
		return outcomes.findByCoalitionIdOrderByCreatedAtDesc(coalitionId)
			.stream()
			.filter(outcome -> outcome.isPublished() || member)
			.toList();
	}

	/** A draft is invisible (404) to anyone outside the coalition. */
	Outcome find(String coalitionId, String outcomeId, CurrentUser reader) {
		Outcome outcome = outcomes.findById(outcomeId)
			.filter(found -> found.getCoalitionId().equals(coalitionId))
			.filter(found -> found.isPublished() || rosters.isMember(coalitionId, reader))
			.orElse(null);
		if (outcome == null) {
			throw new NotFoundException("No outcome " + outcomeId + " in coalition " + coalitionId);
		}
		return outcome;
	}

	/**
	 * The headline as published (what every other service shows), and every cycle's status today. Until the
	 * first check has published a headline for a coalition stored before there were any, today's is shown.
	 */
	ReportingView reporting(String coalitionId) {
		Coalition coalition = registry.get(coalitionId);
		LocalDate today = today();
		Set<Integer> reported = reportedCycles(coalitionId);
		CycleStatus headline = coalition.getReporting() != null ? coalition.getReporting()
				: rules.headline(coalition.firstReportingCycle(), reported, today);
		return new ReportingView(headline, rules.history(coalition.firstReportingCycle(), reported, today));
	}

	/** The headline reporting status of the coalition today. */
	public CycleStatus headline(Coalition coalition) {
		return rules.headline(coalition.firstReportingCycle(), reportedCycles(coalition.getId()), today());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	private Set<Integer> reportedCycles(String coalitionId) {
		return outcomes.findByCoalitionIdAndKindAndPublishedTrue(coalitionId, OutcomeKind.ANNUAL_REPORT)
			.stream()
			.map(Outcome::getReportingCycle)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}
}
