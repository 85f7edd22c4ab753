package org.coalitions.coalition.registry;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coalitions.coalition.registry.LifeCycleRules.Transition;
import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingRules;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.ProposalResubmitted;
import org.coalitions.contracts.ProposalReviewed;
import org.coalitions.contracts.QuietnessChanged;
import org.coalitions.contracts.ReportingReminder;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.ReviewState;
import org.coalitions.contracts.StatementRevised;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dynamic coalition. Its events wait in its own document until the outbox relay has sent them. It moves through
 * its life cycle and its review as {@link LifeCycleRules} decides, and keeps its headline reporting status as last
 * published, the reminders it published, its quietness flag, its formation statement with every version, and the
 * stakeholder balance membership-service last published.
 */
@Document("coalitions")
public class Coalition extends OutboxAggregate {

	private String name;

	/** The name folded for the case-insensitive unique index. */
	private String nameKey;

	private Theme theme;

	private String themeName;

	private String summary;

	private String charter;

	private JoinPolicy joinPolicy;

	private Links links;

	private CoalitionStatus status;

	private String statusReason;

	/** What a client's If-Match names: changes with every edit of the charter, and only then. */
	private long charterVersion;

	private String proposerId;

	private Instant proposedAt;

	private Instant lastActivityAt;

	/** The headline reporting status as last published ({@code ReportingStatusChanged}); null before the first. */
	private CycleStatus reporting;

	private String proposerName;

	/**
	 * Every version of the formation statement, oldest first; the last is the current one. At most
	 * {@link #STATEMENT_VERSIONS_KEPT}: a statement is at most about 9 KB, and the document must stay well under the
	 * store's 16 MB.
	 */
	private List<Statement> statementVersions;

	private Review review;

	/** The stakeholder balance as last published by membership-service; null before the first. */
	private StakeholderBalance balance;

	/** No activity for coalitions.lifecycle.quiet-after, as last published ({@code QuietnessChanged}). */
	private boolean quiet;

	/** The reminders published ({@code cycle:REMINDER}), so that each goes once per cycle; older cycles pruned. */
	private Set<String> remindersSent;

	/** Folded words of name and summary: a word search that any MongoDB runs (the embedded one has no $text). */
	private List<String> searchTerms;

	static final int STATEMENT_VERSIONS_KEPT = 50;

	protected Coalition() {
	}

	static Coalition propose(ProposeCoalition proposal, String proposerId, String proposerName, Instant now,
			ReportingRules reportingRules) {
		Coalition coalition = new Coalition();
		coalition.id = UUID.randomUUID().toString();
		coalition.name = proposal.name().strip();
		coalition.nameKey = fold(coalition.name);
		coalition.theme = proposal.theme();
		coalition.themeName = proposal.themeName() == null || proposal.themeName().isBlank() ? null
				: proposal.themeName().strip();
		coalition.summary = proposal.summary().strip();
		coalition.charter = proposal.charter() == null ? "" : proposal.charter().strip();
		coalition.joinPolicy = proposal.joinPolicy();
		coalition.links = proposal.links() == null ? Links.none() : proposal.links();
		coalition.status = LifeCycleRules.PROPOSAL.to();
		coalition.statusReason = LifeCycleRules.PROPOSAL.reason();
		coalition.charterVersion = 1;
		coalition.proposerId = proposerId;
		coalition.proposerName = proposerName;
		coalition.statementVersions = new ArrayList<>(List.of(Statement.of(1, proposal.statement(), proposerId, now)));
		coalition.review = new Review(ReviewState.AWAITING_REVIEW, null, null, null);
		coalition.remindersSent = new LinkedHashSet<>();
		coalition.proposedAt = now;
		coalition.lastActivityAt = now;
		coalition.searchTerms = terms(coalition.name + " " + coalition.summary);
		coalition.record(new CoalitionProposed(coalition.id, coalition.name, coalition.theme.name(),
				coalition.summary, coalition.joinPolicy.name(), proposerId, proposerName), proposerId, now);
		coalition.reportingStatus(reportingRules.headline(coalition.firstReportingCycle(), Set.of(),
				now.atZone(ZoneOffset.UTC).toLocalDate()), proposerId, now);
		return coalition;
	}

	/**
	 * Replaces the description, unless someone else edited it since {@code expectedVersion}: of two concurrent
	 * edits one wins and the other is told, nothing is silently overwritten.
	 */
	void editCharter(EditCharter edit, long expectedVersion, String editorId, Instant now) {
		requireNotClosed("edited");
		if (expectedVersion != charterVersion) {
			throw RuleViolationException.conflict("The charter was changed by someone else (now version "
					+ charterVersion + ", you edited version " + expectedVersion + "). Reload it and apply your change again.");
		}
		summary = edit.summary().strip();
		charter = edit.charter() == null ? "" : edit.charter().strip();
		joinPolicy = edit.joinPolicy();
		if (edit.links() != null) {
			links = edit.links();
		}
		searchTerms = terms(name + " " + summary);
		charterVersion++;
		lastActivityAt = now;
		record(new CharterEdited(id, summary, joinPolicy.name(), charterVersion), editorId, now);
	}

	/** A new version of the formation statement; the oldest versions go beyond {@link #STATEMENT_VERSIONS_KEPT}. */
	void reviseStatement(StatementText text, String authorId, Instant now) {
		requireNotClosed("revised");
		Statement revised = Statement.of(statementVersion() + 1, text, authorId, now);
		if (statementVersions == null) {
			statementVersions = new ArrayList<>();
		}
		statementVersions.add(revised);
		while (statementVersions.size() > STATEMENT_VERSIONS_KEPT) {
			statementVersions.remove(0);
		}
		lastActivityAt = now;
		record(new StatementRevised(id, revised.version()), authorId, now);
		clearQuiet(now);
	}

	/** The secretariat's decision; a decline or an approval of a balanced proposal moves the status too. */
	void review(ReviewDecision decision, String message, String reviewerId, Instant now) {
		ReviewState next = LifeCycleRules.review(status, reviewState(), decision);
		String kept = message == null || message.isBlank() ? null : message.strip();
		review = new Review(next, kept, now, reviewerId);
		record(new ProposalReviewed(id, decision.name(), kept, statementVersion()), reviewerId, now);
		moveIf(LifeCycleRules.onReviewOrBalance(status, next, balance), reviewerId, now);
	}

	/** The proposers send their revised proposal back to the review queue. */
	void resubmit(String actor, Instant now) {
		// only a proposal sent back for changes is resubmitted, so it has a review
		review = review.in(LifeCycleRules.resubmit(status, reviewState()));
		lastActivityAt = now;
		record(new ProposalResubmitted(id, statementVersion()), actor, now);
		clearQuiet(now);
	}

	/** Keeps the balance as published; an approved proposal becomes active once it is balanced. */
	boolean balanceChanged(BalanceChanged published, Instant now) {
		StakeholderBalance latest = StakeholderBalance.of(published);
		boolean changed = !latest.equals(balance);
		balance = latest;
		return moveIf(LifeCycleRules.onReviewOrBalance(status, reviewState(), balance), null, now) || changed;
	}

	/** Something happened in the coalition: the last activity moves on, and it is not quiet any more. */
	boolean activity(Instant at) {
		boolean changed = false;
		if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
			lastActivityAt = at;
			changed = true;
		}
		return clearQuiet(at) || changed;
	}

	/**
	 * The periodic check: the headline reporting status as the rules give it now (and the move it may cause),
	 * the reminder now due if not yet published, and the quietness flag.
	 */
	boolean check(CycleStatus headline, ReportingRules rules, Instant now, Duration quietAfter) {
		boolean changed = reportingStatus(headline, null, now);
		changed |= moveIf(LifeCycleRules.onReporting(status, reporting), null, now);
		changed |= remind(rules, now);
		boolean quietNow = LifeCycleRules.quiet(lastActivityAt, now, quietAfter);
		if (quietNow != quiet) {
			quiet = quietNow;
			record(new QuietnessChanged(id, quiet, lastActivityAt), null, now);
			changed = true;
		}
		return changed;
	}

	private boolean remind(ReportingRules rules, Instant now) {
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		Optional<ReportingReminder> due = rules.reminderDue(status, reporting, today);
		if (due.isEmpty()) {
			return false;
		}
		if (remindersSent == null) {
			remindersSent = new LinkedHashSet<>();
		}
		String key = reporting.cycle() + ":" + due.get().name();
		if (!remindersSent.add(key)) {
			return false;
		}
		remindersSent.removeIf(sent -> Integer.parseInt(sent.substring(0, sent.indexOf(':'))) < reporting.cycle());
		record(new ReportingReminderDue(id, reporting.cycle(), due.get().name(), reporting.deadline()), null, now);
		return true;
	}

	private boolean clearQuiet(Instant at) {
		if (!quiet) {
			return false;
		}
		quiet = false;
		record(new QuietnessChanged(id, false, lastActivityAt), null, at);
		return true;
	}

	/**
	 * Takes the headline reporting status the rules give now; publishes it if it differs from the last one
	 * published (cycle, state or deadline), so that repeating this changes nothing.
	 */
	boolean reportingStatus(CycleStatus headline, String actor, Instant now) {
		if (headline.equals(reporting)) {
			return false;
		}
		reporting = headline;
		record(new ReportingStatusChanged(id, headline.cycle(), headline.state().name(), headline.deadline()), actor,
				now);
		return true;
	}

	/** A report was published: the new headline, and at once the move back to ACTIVE if it was the one overdue. */
	boolean reportFiled(CycleStatus headline, String actor, Instant now) {
		return reportingStatus(headline, actor, now) | moveIf(LifeCycleRules.onReporting(status, reporting), actor, now);
	}

	void close(String reason, String actor, Instant now) {
		moveTo(LifeCycleRules.close(status, reason), actor, now);
	}

	/** Reopened, the coalition counts its quiet time from now. */
	void reopen(String reason, String actor, Instant now) {
		Transition transition = LifeCycleRules.reopen(status, reason);
		lastActivityAt = now;
		moveTo(transition, actor, now);
		clearQuiet(now);
	}

	public void requireNotClosed(String action) {
		LifeCycleRules.requireNotClosed(status, action);
	}

	/** Reporting cycles are owed from the year of the proposal on. */
	public int firstReportingCycle() {
		return proposedAt.atZone(ZoneOffset.UTC).getYear();
	}

	private boolean moveIf(Optional<Transition> transition, String actor, Instant now) {
		transition.ifPresent(move -> moveTo(move, actor, now));
		return transition.isPresent();
	}

	private void moveTo(Transition transition, String actor, Instant now) {
		CoalitionStatus from = status;
		status = transition.to();
		statusReason = transition.reason();
		record(new CoalitionStatusChanged(id, from.name(), status.name(), statusReason), actor, now);
	}

	/** Lower case, accents removed: "Économie" and "economie" are the same word. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

	/** The folded words of a text, as searches match them (the beginnings of words): coalitions' and outcomes'. */
	public static List<String> terms(String text) {
		return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).distinct().toList();
	}

	public String getName() {
		return name;
	}

	/** The name as the list sorts it. */
	String nameKey() {
		return nameKey;
	}

	/** The words a search matches the beginnings of; none for a coalition stored before searches. */
	List<String> searchTerms() {
		return searchTerms == null ? List.of() : List.copyOf(searchTerms);
	}

	public Theme getTheme() {
		return theme;
	}

	public String getThemeName() {
		return themeName;
	}

	public String getSummary() {
		return summary;
	}

	public String getCharter() {
		return charter;
	}

	public JoinPolicy getJoinPolicy() {
		return joinPolicy;
	}

	public Links getLinks() {
		return links;
	}

	public CoalitionStatus getStatus() {
		return status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public long getCharterVersion() {
		return charterVersion;
	}

	/** The current formation statement; null only for a coalition stored before statements existed. */
	public Statement statement() {
		return statementVersions == null || statementVersions.isEmpty() ? null
				: statementVersions.get(statementVersions.size() - 1);
	}

	private int statementVersion() {
		Statement current = statement();
		return current == null ? 0 : current.version();
	}

	/** A coalition stored before reviews existed counts as waiting for review. */
	public ReviewState reviewState() {
		return review == null ? ReviewState.AWAITING_REVIEW : review.state();
	}

	public List<Statement> getStatementVersions() {
		return statementVersions == null ? List.of() : List.copyOf(statementVersions);
	}

	public Review getReview() {
		return review;
	}

	public StakeholderBalance getBalance() {
		return balance;
	}

	public boolean isQuiet() {
		return quiet;
	}

	public String getProposerName() {
		return proposerName;
	}

	public String getProposerId() {
		return proposerId;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

	public CycleStatus getReporting() {
		return reporting;
	}
}
