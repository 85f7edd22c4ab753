package org.coalitions.coalition.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.coalitions.platform.persistence.SecondaryIndexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Drafting, revising (every version kept), publishing and reading outcomes; reporting status per cycle, as {@link
 * ReportingRules} says from the published annual reports. The comment round between drafting and publishing is
 * {@link CommentRounds}'; its rules are {@link CommentRound}'s.
 */
@Service
public class Outcomes {

	private final OutcomeRepository outcomes;

	private final CoalitionRegistry registry;

	private final Rosters rosters;


	private final MongoOperations mongo;

	private final Clock clock;

	private final ReportingRules rules;

	private final SecondaryIndexes indexes;

	Outcomes(OutcomeRepository outcomes, CoalitionRegistry registry, Rosters rosters, MongoOperations mongo,
			Clock clock, ReportingRules rules, SecondaryIndexes indexes) {
		this.indexes = indexes;
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
		indexes.ensure(Outcome.class, new Index("coalitionId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
		indexes.ensure(OutcomeVersion.class, new Index("outcomeId", Sort.Direction.ASC).on("number", Sort.Direction.ASC));
		indexes.ensure(MemberPosition.class, new Index("outcomeId", Sort.Direction.ASC));
		indexes.ensure(OutcomeComment.class,
				new Index("outcomeId", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
		// the sweep looks for windows not yet closed by an event
		indexes.ensure(Outcome.class, new Index("commentWindow.closesAt", Sort.Direction.ASC).sparse());
	}

	Outcome draft(String coalitionId, DraftOutcome draft, CurrentUser author) {
		registry.get(coalitionId).requireNotClosed("given new outcomes");
		rosters.requireCoordinator(coalitionId, author);
		try {
			return outcomes.insert(Outcome.draft(coalitionId, draft, author.id(), author.name(), clock.instant()));
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
			if (outcome.isPublished()) {
				throw RuleViolationException.conflict("A published outcome cannot be changed.");
			}
			keep(outcome.currentVersion());
			outcome.revise(revision.title(), revision.body(), author.id(), author.name(), clock.instant());
			return outcomes.save(outcome);
		});
	}

	/**
	 * Keeps the version a revision is about to replace. Written before the outcome, so that no revision is saved
	 * without its predecessor kept; written again after a lost race, it is the same text (see {@link
	 * OutcomeVersion}).
	 */
	private void keep(OutcomeVersion version) {
		try {
			mongo.insert(version);
		}
		catch (DuplicateKeyException alreadyKept) {
			// the same version, kept by an attempt that then lost its save
		}
	}

	/** Every version of the outcome's text, the first draft first, the current one last. */
	List<OutcomeVersion> versions(String coalitionId, String outcomeId, CurrentUser reader) {
		Outcome outcome = find(coalitionId, outcomeId, reader);
		List<OutcomeVersion> versions = new ArrayList<>(mongo.find(Query.query(Criteria.where("outcomeId")
			.is(outcomeId)
			.and("number")
			.lt(outcome.getTextVersion())), OutcomeVersion.class));
		versions.add(outcome.currentVersion());
		versions.sort(Comparator.comparingInt(OutcomeVersion::number));
		return versions;
	}

	/** A line diff of two versions' bodies, a changed title as its first pair of lines; 404 for a missing version. */
	RoundViews.DiffView diff(String coalitionId, String outcomeId, int from, int to, CurrentUser reader) {
		List<OutcomeVersion> versions = versions(coalitionId, outcomeId, reader);
		OutcomeVersion before = version(versions, from);
		OutcomeVersion after = version(versions, to);
		List<LineDiff.Line> lines = new ArrayList<>();
		if (!Objects.equals(before.title(), after.title())) {
			lines.add(new LineDiff.Line(LineDiff.Op.REMOVED, before.title()));
			lines.add(new LineDiff.Line(LineDiff.Op.ADDED, after.title()));
		}
		lines.addAll(LineDiff.of(before.body(), after.body()));
		return new RoundViews.DiffView(from, to, lines);
	}

	private static OutcomeVersion version(List<OutcomeVersion> versions, int number) {
		return versions.stream()
			.filter(version -> version.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("This outcome has no version " + number + " (it has "
					+ versions.size() + ")."));
	}

	/**
	 * The positions held on the outcome now: those of the coalition's current members (a member who left takes
	 * their position with them).
	 */
	List<MemberPosition> positionsHeld(String coalitionId, String outcomeId) {
		Set<String> members = rosters.members(coalitionId)
			.stream()
			.map(Rosters.Member::id)
			.collect(Collectors.toSet());
		return mongo.find(Query.query(Criteria.where("outcomeId").is(outcomeId)), MemberPosition.class)
			.stream()
			.filter(taken -> taken.getPosition() != null && members.contains(taken.getMemberId()))
			.toList();
	}

	Outcome publish(String coalitionId, String outcomeId, CurrentUser actor) {
		rosters.requireCoordinator(coalitionId, actor);
		Outcome saved = ConcurrentSaves.retrying("outcomes", outcomeId, () -> {
			Outcome outcome = find(coalitionId, outcomeId, actor);
			outcome.publish(positionsHeld(coalitionId, outcomeId), actor.id(), clock.instant());
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
