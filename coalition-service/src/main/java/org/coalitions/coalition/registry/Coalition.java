package org.coalitions.coalition.registry;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dynamic coalition. Its events wait in its own document until the outbox relay has sent them. */
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

	/** Folded words of name and summary: a word search that any MongoDB runs (the embedded one has no $text). */
	private List<String> searchTerms;

	protected Coalition() {
	}

	static Coalition propose(ProposeCoalition proposal, String proposerId, String proposerName, Instant now) {
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
		coalition.status = CoalitionStatus.PROPOSED;
		coalition.statusReason = "proposed";
		coalition.charterVersion = 1;
		coalition.proposerId = proposerId;
		coalition.proposedAt = now;
		coalition.lastActivityAt = now;
		coalition.searchTerms = terms(coalition.name + " " + coalition.summary);
		coalition.record(new CoalitionProposed(coalition.id, coalition.name, coalition.theme.name(),
				coalition.summary, coalition.joinPolicy.name(), proposerId, proposerName), proposerId, now);
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

	/** PROPOSED becomes ACTIVE once membership meets the multistakeholder rule. */
	boolean balanceMet(String reason, Instant now) {
		if (status != CoalitionStatus.PROPOSED) {
			return false;
		}
		moveTo(CoalitionStatus.ACTIVE, reason, null, now);
		return true;
	}

	/** Something happened in the coalition: a DORMANT one wakes up. */
	boolean activity(Instant at) {
		boolean changed = false;
		if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
			lastActivityAt = at;
			changed = true;
		}
		if (status == CoalitionStatus.DORMANT) {
			moveTo(CoalitionStatus.ACTIVE, "new activity", null, at);
			changed = true;
		}
		return changed;
	}

	boolean goDormant(String reason, Instant now) {
		if (status != CoalitionStatus.ACTIVE) {
			return false;
		}
		moveTo(CoalitionStatus.DORMANT, reason, null, now);
		return true;
	}

	void close(String reason, String actor, Instant now) {
		requireNotClosed("closed");
		moveTo(CoalitionStatus.CLOSED, reason, actor, now);
	}

	/** The secretariat may reopen a closed coalition; it starts again as ACTIVE, counting quiet time from now. */
	void reopen(String reason, String actor, Instant now) {
		if (status != CoalitionStatus.CLOSED) {
			throw RuleViolationException.conflict("Only a closed coalition can be reopened.");
		}
		lastActivityAt = now;
		moveTo(CoalitionStatus.ACTIVE, reason, actor, now);
	}

	public void requireNotClosed(String action) {
		if (status == CoalitionStatus.CLOSED) {
			throw RuleViolationException.conflict("This coalition is closed and cannot be " + action + ".");
		}
	}

	private void moveTo(CoalitionStatus to, String reason, String actor, Instant now) {
		CoalitionStatus from = status;
		status = to;
		statusReason = reason;
		record(new CoalitionStatusChanged(id, from.name(), to.name(), reason), actor, now);
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
}
