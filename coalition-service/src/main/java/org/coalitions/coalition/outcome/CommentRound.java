package org.coalitions.coalition.outcome;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coalitions.contracts.OutcomeRecord;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.contracts.Position;
import org.coalitions.platform.domain.RuleViolationException;

/**
 * The rules of an outcome's comment round, all here ({@code CommentRoundTests}, one test per rule):
 * <ul>
 * <li>A coordinator opens a draft for comment until {@code closesAt}, which must lie in the future and at most
 * {@link #LONGEST_WINDOW} ahead (422); not on a published outcome, nor while a window is open (409). Once a window
 * has closed a new one may be opened; the positions taken stay and may be changed in it.</li>
 * <li>A window is open while now is before {@code closesAt} and the outcome is not published: comments, answers and
 * positions are taken only then (409 otherwise).</li>
 * <li>The reminder ({@code CommentWindowClosingSoon}) is due once per window from {@link #REMINDER_BEFORE} before
 * it closes, unless the window was opened that close to its end (the opening already said when it closes).</li>
 * <li>A window whose time passed is closed once ({@code CommentWindowClosed EXPIRED}); publishing closes an open
 * one ({@code PUBLISHED}) in the same write.</li>
 * <li>A quote must be a passage of the current title or body (runs of white space count as one space).</li>
 * <li>One position per member; support with concerns and dissent need a reason (422).</li>
 * <li>The tally counts positions by position and by stakeholder group ({@link #NO_GROUP} for a member without
 * one); the annex lists every concern and dissent with its reason, the author's name unless they chose to be
 * anonymous; the record is the published outcome's one-line summary.</li>
 * </ul>
 */
final class CommentRound {

	static final Duration LONGEST_WINDOW = Duration.ofDays(90);

	static final Duration REMINDER_BEFORE = Duration.ofDays(2);

	static final String NO_GROUP = "UNSPECIFIED";

	static final String WITHOUT_WINDOW = OutcomeRecord.WITHOUT_WINDOW;

	private CommentRound() {
	}

	/** The new window, or why none may be opened. */
	static CommentWindow open(boolean published, CommentWindow current, Instant closesAt, Instant now) {
		if (published) {
			throw RuleViolationException.conflict("A published outcome cannot be opened for comment.");
		}
		if (isOpen(current, false, now)) {
			throw RuleViolationException.conflict("A comment window is already open until " + current.closesAt() + ".");
		}
		if (!closesAt.isAfter(now)) {
			throw RuleViolationException.unprocessable("The comment window must close in the future.");
		}
		if (closesAt.isAfter(now.plus(LONGEST_WINDOW))) {
			throw RuleViolationException
				.unprocessable("A comment window may stay open for at most " + LONGEST_WINDOW.toDays() + " days.");
		}
		// as precisely as the store keeps it, so that the answer, the event and every later reading agree
		return CommentWindow.opened(now, closesAt.truncatedTo(ChronoUnit.MILLIS));
	}

	static boolean isOpen(CommentWindow window, boolean published, Instant now) {
		return window != null && !published && !window.closedByEvent() && now.isBefore(window.closesAt());
	}

	static void requireOpenForComments(CommentWindow window, boolean published, Instant now) {
		if (!isOpen(window, published, now)) {
			throw RuleViolationException.conflict(window == null ? "This outcome is not open for comment."
					: "The comment window is closed.");
		}
	}

	static void requireOpenForPositions(CommentWindow window, boolean published, Instant now) {
		if (!isOpen(window, published, now)) {
			throw RuleViolationException.conflict(window == null ? "This outcome is not open for positions."
					: "The comment window closed at " + (window.closedAt() != null
							&& window.closedAt().isBefore(window.closesAt()) ? window.closedAt() : window.closesAt())
							+ ".");
		}
	}

	static boolean reminderDue(CommentWindow window, boolean published, Instant now) {
		if (!isOpen(window, published, now) || window.reminderSent()) {
			return false;
		}
		Instant from = window.closesAt().minus(REMINDER_BEFORE);
		return !now.isBefore(from) && window.opensAt().isBefore(from);
	}

	/** The window's time passed and no event has said so yet. */
	static boolean expired(CommentWindow window, boolean published, Instant now) {
		return window != null && !published && !window.closedByEvent() && !now.isBefore(window.closesAt());
	}

	static void requireQuoteOf(String quote, String title, String body) {
		if (quote == null || quote.isBlank()) {
			return;
		}
		String passage = loosely(quote);
		if (!loosely(body).contains(passage) && !loosely(title).contains(passage)) {
			throw RuleViolationException.unprocessable("The quote is not a passage of the current text.");
		}
	}

	static void requireReason(Position position, String reason) {
		if (position.needsReason() && (reason == null || reason.isBlank())) {
			throw RuleViolationException.unprocessable(
					"Support with concerns and dissent need a reason: it goes into the published outcome's annex.");
		}
	}

	static OutcomeTally tally(Collection<MemberPosition> positions) {
		Map<String, Integer> byPosition = new LinkedHashMap<>();
		for (Position position : Position.values()) {
			byPosition.put(position.name(), 0);
		}
		Map<String, Map<String, Integer>> byGroup = new TreeMap<>();
		for (MemberPosition taken : positions) {
			byPosition.merge(taken.getPosition().name(), 1, Integer::sum);
			String group = taken.getStakeholderGroup() == null ? NO_GROUP : taken.getStakeholderGroup();
			byGroup.computeIfAbsent(group, any -> new LinkedHashMap<>()).merge(taken.getPosition().name(), 1, Integer::sum);
		}
		// each group's positions in the declared order, whatever order the members took them in
		Map<String, Map<String, Integer>> ordered = new LinkedHashMap<>();
		byGroup.forEach((group, counts) -> {
			Map<String, Integer> inOrder = new LinkedHashMap<>();
			for (Position position : Position.values()) {
				if (counts.containsKey(position.name())) {
					inOrder.put(position.name(), counts.get(position.name()));
				}
			}
			ordered.put(group, inOrder);
		});
		return new OutcomeTally(byPosition, ordered);
	}

	/** Dissents first, then concerns, each oldest first. */
	static List<AnnexEntry> annex(Collection<MemberPosition> positions) {
		return positions.stream()
			.filter(taken -> taken.getPosition().needsReason())
			.sorted(Comparator.comparing((MemberPosition taken) -> taken.getPosition() != Position.DISSENT)
				.thenComparing(MemberPosition::getRecordedAt))
			.map(taken -> new AnnexEntry(taken.getPosition(), taken.getReason(), taken.getStakeholderGroup(),
					taken.isAnonymous() ? null : taken.getMemberName()))
			.toList();
	}

	/** The published outcome's one-line record: its one home is {@link OutcomeRecord}, which the feed shares. */
	static String record(boolean windowHeld, OutcomeTally tally) {
		return OutcomeRecord.of(windowHeld, tally);
	}

	private static String loosely(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}
}
