package org.coalitions.coalition.outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The comment round of a draft outcome: its window (opened by coordinators, reminded and closed by {@link
 * #sweep()}), members' comments and positions, and the live tally. The rules are {@link CommentRound}'s; this
 * class loads, asks them and saves. Comments and positions are documents of their own ({@link OutcomeComment},
 * {@link MemberPosition}), so members taking part at once never conflict with each other or with the outcome.
 */
@Service
public class CommentRounds {

	private static final Logger log = LoggerFactory.getLogger(CommentRounds.class);

	private final Outcomes outcomes;

	private final OutcomeRepository repository;

	private final Rosters rosters;

	private final MongoOperations mongo;

	private final Clock clock;

	CommentRounds(Outcomes outcomes, OutcomeRepository repository, Rosters rosters, MongoOperations mongo,
			Clock clock) {
		this.outcomes = outcomes;
		this.repository = repository;
		this.rosters = rosters;
		this.mongo = mongo;
		this.clock = clock;
	}

	Outcome openWindow(String coalitionId, String outcomeId, Instant closesAt, CurrentUser coordinator) {
		rosters.requireCoordinator(coalitionId, coordinator);
		return ConcurrentSaves.retrying(() -> {
			Outcome outcome = outcomes.find(coalitionId, outcomeId, coordinator);
			outcome.openCommentWindow(closesAt, coordinator.id(), clock.instant());
			return repository.save(outcome);
		});
	}

	OutcomeComment comment(String coalitionId, String outcomeId, RoundRequests.WriteComment request,
			CurrentUser author) {
		rosters.requireMember(coalitionId, author);
		Outcome outcome = outcomes.find(coalitionId, outcomeId, author);
		Instant now = clock.instant();
		CommentRound.requireOpenForComments(outcome.getCommentWindow(), outcome.isPublished(), now);
		CommentRound.requireQuoteOf(request.quote(), outcome.getTitle(), outcome.getBody());
		if (request.inReplyTo() != null && !request.inReplyTo().isBlank() && !mongo.exists(
				Query.query(Criteria.where("_id").is(request.inReplyTo()).and("outcomeId").is(outcomeId)),
				OutcomeComment.class)) {
			throw RuleViolationException.unprocessable("There is no comment " + request.inReplyTo() + " on this outcome.");
		}
		return mongo.insert(OutcomeComment.write(outcome, request.text(), request.quote(), request.inReplyTo(),
				author.id(), author.name(), now));
	}

	/** Oldest first; for whoever may read the outcome. */
	List<OutcomeComment> comments(String coalitionId, String outcomeId, CurrentUser reader) {
		outcomes.find(coalitionId, outcomeId, reader);
		return mongo.find(Query.query(Criteria.where("outcomeId").is(outcomeId))
			.with(Sort.by("createdAt", "_id")), OutcomeComment.class);
	}

	/**
	 * Takes or changes the member's position: one document per outcome and member, so that only the same member
	 * acting twice at once can conflict (and then the later attempt runs again).
	 */
	MemberPosition takePosition(String coalitionId, String outcomeId, RoundRequests.TakePosition request,
			CurrentUser member, String stakeholderGroupClaim) {
		rosters.requireMember(coalitionId, member);
		String group = stakeholderGroup(coalitionId, member, stakeholderGroupClaim);
		return ConcurrentSaves.retrying(() -> {
			// read again on each attempt: the window may have closed meanwhile
			Outcome outcome = outcomes.find(coalitionId, outcomeId, member);
			Instant now = clock.instant();
			CommentRound.requireOpenForPositions(outcome.getCommentWindow(), outcome.isPublished(), now);
			MemberPosition taken = position(outcomeId, member.id());
			if (taken == null) {
				taken = MemberPosition.none(coalitionId, outcomeId, member.id());
			}
			if (!taken.take(request.position(), request.reason(), request.isAnonymous(), member.name(), group, now)) {
				return taken;
			}
			return taken.isNew() ? mongo.insert(taken) : mongo.save(taken);
		});
	}

	/**
	 * Live while the outcome is a draft (the positions of current members), the fixed tally once published; for
	 * members.
	 */
	RoundViews.TallyView tally(String coalitionId, String outcomeId, CurrentUser member) {
		rosters.requireMember(coalitionId, member);
		Outcome outcome = outcomes.find(coalitionId, outcomeId, member);
		OutcomeTally tally = outcome.isPublished() ? outcome.getTally() : null;
		if (tally == null) {
			tally = CommentRound.tally(outcome.isPublished() ? List.of() : outcomes.positionsHeld(coalitionId, outcomeId));
		}
		int total = tally.byPosition().values().stream().mapToInt(Integer::intValue).sum();
		return new RoundViews.TallyView(tally.byPosition(), tally.byStakeholderGroup(), total,
				RoundViews.PositionView.of(position(outcomeId, member.id())));
	}

	/**
	 * Publishes each reminder and each expiry that is due, once: every instance may run this, and of two that find
	 * the same window, one saves and the other's save meets the newer version, runs again and finds nothing due.
	 */
	public void sweep() {
		Instant now = clock.instant();
		Query due = Query.query(Criteria.where("published")
			.is(false)
			.and("commentWindow.closedAt")
			.is(null)
			.and("commentWindow.closesAt")
			.lte(now.plus(CommentRound.REMINDER_BEFORE)));
		due.fields().include("_id");
		for (Outcome found : mongo.find(due, Outcome.class)) {
			try {
				ConcurrentSaves.retrying(() -> {
					Outcome outcome = repository.findById(found.getId()).orElseThrow();
					return outcome.remindOrClose(clock.instant()) ? repository.save(outcome) : outcome;
				});
			}
			catch (RuntimeException ex) {
				// one outcome that cannot be swept must not keep the others from theirs
				log.warn("Comment window sweep of outcome {} failed", found.getId(), ex);
			}
		}
	}

	/**
	 * The group the member joined the coalition with (what its balance counted them under); the token's claim for a
	 * member the roster names no group for.
	 */
	private String stakeholderGroup(String coalitionId, CurrentUser member, String claim) {
		return rosters.stakeholderGroupOf(coalitionId, member.id())
			.or(() -> StakeholderGroup.parse(claim).map(StakeholderGroup::name))
			.orElse(null);
	}

	private MemberPosition position(String outcomeId, String memberId) {
		return mongo.findById(MemberPosition.idOf(outcomeId, memberId), MemberPosition.class);
	}
}
