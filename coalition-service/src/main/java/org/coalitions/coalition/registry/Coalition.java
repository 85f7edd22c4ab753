package org.coalitions.coalition.registry;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
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
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dynamic coalition. Its events wait in its own document until the outbox relay has sent them. It moves through
 * its life cycle as {@link LifeCycleRules} decides, and keeps its headline reporting status as last published.
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

	/** Folded words of name and summary: a word search that any MongoDB runs (the embedded one has no $text). */
	private List<String> searchTerms;

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

	boolean balanceChanged(BalanceChanged balance, Instant now) {
		return moveIf(LifeCycleRules.onBalance(status, balance), null, now);
	}

	/** Something happened in the coalition: the last activity moves on, and the life cycle may move. */
	boolean activity(Instant at) {
		boolean changed = false;
		if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
			lastActivityAt = at;
			changed = true;
		}
		return moveIf(LifeCycleRules.onActivity(status), null, at) || changed;
	}

	/** The periodic check, after the headline reporting status is up to date. */
	boolean check(Instant now, Duration dormantAfter) {
		return moveIf(LifeCycleRules.onCheck(status, lastActivityAt, now, dormantAfter,
				reporting == null ? null : reporting.state()), null, now);
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

	void close(String reason, String actor, Instant now) {
		moveTo(LifeCycleRules.close(status, reason), actor, now);
	}

	/** Reopened, the coalition counts its quiet time from now. */
	void reopen(String reason, String actor, Instant now) {
		Transition transition = LifeCycleRules.reopen(status, reason);
		lastActivityAt = now;
		moveTo(transition, actor, now);
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

	static List<String> terms(String text) {
		return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).distinct().toList();
	}

	public String getName() {
		return name;
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
