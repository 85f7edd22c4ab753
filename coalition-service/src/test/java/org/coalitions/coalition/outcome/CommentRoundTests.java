package org.coalitions.coalition.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.OutcomeTally;
import org.coalitions.contracts.Position;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CommentRound}'s rules, one test per rule, and how {@link Outcome} applies them. */
class CommentRoundTests {

	static final Instant NOW = Instant.parse("2031-05-01T12:00:00Z");

	@Test
	void aWindowClosesInTheFutureAndAtMostNinetyDaysAhead() {
		assertThat(CommentRound.open(false, null, NOW.plus(Duration.ofDays(90)), NOW).closesAt())
			.isEqualTo(NOW.plus(Duration.ofDays(90)));
		assertUnprocessable(() -> CommentRound.open(false, null, NOW, NOW));
		assertUnprocessable(() -> CommentRound.open(false, null, NOW.minusSeconds(1), NOW));
		assertUnprocessable(() -> CommentRound.open(false, null, NOW.plus(Duration.ofDays(90)).plusSeconds(1), NOW));
	}

	@Test
	void noWindowOnAPublishedOutcomeNorWhileOneIsOpenButANewOneOnceTheLastClosed() {
		CommentWindow open = CommentRound.open(false, null, NOW.plus(Duration.ofDays(10)), NOW);
		assertConflict(() -> CommentRound.open(true, null, NOW.plus(Duration.ofDays(1)), NOW));
		assertConflict(() -> CommentRound.open(false, open, NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(1))));
		Instant later = NOW.plus(Duration.ofDays(11));
		assertThat(CommentRound.open(false, open, later.plus(Duration.ofDays(5)), later).opensAt()).isEqualTo(later);
	}

	@Test
	void aWindowIsOpenUntilItsClosingTimeAndNeverOncePublished() {
		CommentWindow window = CommentWindow.opened(NOW, NOW.plus(Duration.ofDays(3)));
		assertThat(CommentRound.isOpen(window, false, NOW.plus(Duration.ofDays(3)).minusMillis(1))).isTrue();
		assertThat(CommentRound.isOpen(window, false, NOW.plus(Duration.ofDays(3)))).isFalse();
		assertThat(CommentRound.isOpen(window, true, NOW)).isFalse();
		assertThat(CommentRound.isOpen(null, false, NOW)).isFalse();
	}

	@Test
	void commentsAndPositionsOnlyWhileTheWindowIsOpenAndAClosedOneSaysWhenItClosed() {
		CommentWindow window = CommentWindow.opened(NOW, NOW.plus(Duration.ofDays(3)));
		CommentRound.requireOpenForComments(window, false, NOW);
		CommentRound.requireOpenForPositions(window, false, NOW);
		Instant after = NOW.plus(Duration.ofDays(4));
		assertThatThrownBy(() -> CommentRound.requireOpenForComments(window, false, after))
			.hasMessage("The comment window is closed.");
		assertThatThrownBy(() -> CommentRound.requireOpenForPositions(window, false, after))
			.hasMessage("The comment window closed at 2031-05-04T12:00:00Z.");
		assertConflict(() -> CommentRound.requireOpenForComments(null, false, NOW));
		assertConflict(() -> CommentRound.requireOpenForPositions(window, true, NOW));
	}

	@Test
	void theReminderIsDueOnceFromTwoDaysBeforeTheCloseUnlessTheWindowWasShorter() {
		CommentWindow week = CommentWindow.opened(NOW, NOW.plus(Duration.ofDays(7)));
		assertThat(CommentRound.reminderDue(week, false, NOW.plus(Duration.ofDays(5)).minusSeconds(1))).isFalse();
		assertThat(CommentRound.reminderDue(week, false, NOW.plus(Duration.ofDays(5)))).isTrue();
		assertThat(CommentRound.reminderDue(week.reminded(), false, NOW.plus(Duration.ofDays(6)))).isFalse();
		assertThat(CommentRound.reminderDue(week, false, NOW.plus(Duration.ofDays(7)))).as("closed: too late")
			.isFalse();
		assertThat(CommentRound.reminderDue(week, true, NOW.plus(Duration.ofDays(6)))).isFalse();
		CommentWindow day = CommentWindow.opened(NOW, NOW.plus(Duration.ofDays(1)));
		assertThat(CommentRound.reminderDue(day, false, NOW.plusSeconds(60))).isFalse();
	}

	@Test
	void aWindowWhoseTimePassedIsClosedOnceAndPublishingClosesAnOpenOne() {
		Outcome outcome = draft();
		outcome.openCommentWindow(NOW.plus(Duration.ofDays(3)), "alice", NOW);
		assertThat(outcome.remindOrClose(NOW.plus(Duration.ofDays(1)))).as("reminder: window of 3 days").isTrue();
		assertThat(outcome.remindOrClose(NOW.plus(Duration.ofDays(2)))).as("nothing more due yet").isFalse();
		assertThat(outcome.remindOrClose(NOW.plus(Duration.ofDays(3)))).isTrue();
		assertThat(outcome.getCommentWindow().closedReason()).isEqualTo("EXPIRED");
		assertThat(outcome.remindOrClose(NOW.plus(Duration.ofDays(4)))).as("once").isFalse();
		assertThat(eventTypes(outcome)).containsExactly("outcome-drafted", "comment-window-opened",
				"comment-window-closing-soon", "comment-window-closed");

		Outcome other = draft();
		other.openCommentWindow(NOW.plus(Duration.ofDays(3)), "alice", NOW);
		other.publish(List.of(), "alice", NOW.plus(Duration.ofDays(1)));
		assertThat(other.getCommentWindow().closedReason()).isEqualTo("PUBLISHED");
		assertThat(eventTypes(other)).containsExactly("outcome-drafted", "comment-window-opened", "comment-window-closed",
				"outcome-published");
		assertThat(other.remindOrClose(NOW.plus(Duration.ofDays(5)))).isFalse();
	}

	@Test
	void aQuoteMustBeAPassageOfTheCurrentTextWhiteSpaceLoosely() {
		String body = "Spam hurts trust.\nWe ask providers\nto filter it.";
		CommentRound.requireQuoteOf("We ask providers to filter", "Spam", body);
		CommentRound.requireQuoteOf("Spam", "Spam and trust", "");
		CommentRound.requireQuoteOf(null, "Spam", body);
		assertUnprocessable(() -> CommentRound.requireQuoteOf("We demand", "Spam", body));
	}

	@Test
	void concernsAndDissentNeedAReasonSupportAndAbstentionDoNot() {
		CommentRound.requireReason(Position.SUPPORT, null);
		CommentRound.requireReason(Position.ABSTAIN, " ");
		CommentRound.requireReason(Position.DISSENT, "Too weak.");
		assertUnprocessable(() -> CommentRound.requireReason(Position.DISSENT, " "));
		assertUnprocessable(() -> CommentRound.requireReason(Position.SUPPORT_WITH_CONCERNS, null));
	}

	@Test
	void aMemberHasOnePositionWhichTheyMayChangeAndTheSameAgainRecordsNothing() {
		MemberPosition taken = MemberPosition.none("c", "o", "gita");
		assertThat(taken.take(Position.DISSENT, "Too weak.", false, "Gita", "CIVIL_SOCIETY", NOW)).isTrue();
		assertThat(taken.take(Position.DISSENT, "Too weak.", false, "Gita", "CIVIL_SOCIETY", NOW)).isFalse();
		assertThat(taken.take(Position.SUPPORT, null, false, "Gita", "CIVIL_SOCIETY", NOW.plusSeconds(1))).isTrue();
		assertThat(taken.getPosition()).isEqualTo(Position.SUPPORT);
		assertThat(taken.getReason()).isNull();
		assertThat(taken.pendingEvents()).hasSize(2);
		assertThat(taken.pendingEvents().get(0).data()).contains("\"changed\":false");
		assertThat(taken.pendingEvents().get(1).data()).contains("\"changed\":true");
	}

	@Test
	void theTallyCountsByPositionAndByStakeholderGroupWithoutAGroupUnspecified() {
		OutcomeTally tally = CommentRound.tally(List.of(
				position("a", Position.SUPPORT, null, false, "CIVIL_SOCIETY"),
				position("b", Position.DISSENT, "No.", false, "CIVIL_SOCIETY"),
				position("c", Position.SUPPORT, null, false, "GOVERNMENT"),
				position("d", Position.ABSTAIN, null, false, null)));
		assertThat(tally.byPosition()).containsExactly(Map.entry("SUPPORT", 2), Map.entry("SUPPORT_WITH_CONCERNS", 0),
				Map.entry("ABSTAIN", 1), Map.entry("DISSENT", 1));
		assertThat(tally.byStakeholderGroup()).isEqualTo(Map.of("CIVIL_SOCIETY", Map.of("SUPPORT", 1, "DISSENT", 1),
				"GOVERNMENT", Map.of("SUPPORT", 1), "UNSPECIFIED", Map.of("ABSTAIN", 1)));
	}

	@Test
	void theAnnexListsEveryConcernAndDissentWithItsReasonAttributedOrAnonymousAsEachChose() {
		List<AnnexEntry> annex = CommentRound.annex(List.of(
				position("a", Position.SUPPORT_WITH_CONCERNS, "Needs dates.", false, "GOVERNMENT"),
				position("b", Position.DISSENT, "Too weak.", true, "CIVIL_SOCIETY"),
				position("c", Position.SUPPORT, null, false, "GOVERNMENT")));
		assertThat(annex).containsExactly(new AnnexEntry(Position.DISSENT, "Too weak.", "CIVIL_SOCIETY", null),
				new AnnexEntry(Position.SUPPORT_WITH_CONCERNS, "Needs dates.", "GOVERNMENT", "Name of a"));
	}

	@Test
	void theRecordSaysWhoSupportedFromHowManyGroupsAndHowManyDissentedOrThatNoWindowWasHeld() {
		OutcomeTally tally = CommentRound.tally(List.of(position("a", Position.SUPPORT, null, false, "CIVIL_SOCIETY"),
				position("b", Position.SUPPORT_WITH_CONCERNS, "Dates.", false, "GOVERNMENT"),
				position("c", Position.SUPPORT, null, false, null), position("d", Position.ABSTAIN, null, false, null),
				position("e", Position.DISSENT, "No.", false, "CIVIL_SOCIETY"),
				position("f", Position.DISSENT, "No!", true, "PRIVATE_SECTOR")));
		assertThat(CommentRound.record(true, tally)).isEqualTo(
				"Supported by 3 members from 2 stakeholder groups (1 with concerns); 1 abstention; 2 dissents (see annex).");
		assertThat(CommentRound.record(true, CommentRound.tally(List.of(position("a", Position.SUPPORT, null, false,
				"CIVIL_SOCIETY"))))).isEqualTo("Supported by 1 member from 1 stakeholder group; no dissent.");
		assertThat(CommentRound.record(true, CommentRound.tally(List.of())))
			.isEqualTo("No member took a position during the comment window.");
		assertThat(CommentRound.record(false, null)).isEqualTo("Published without a comment window.");
	}

	@Test
	void publishingFixesTallyAnnexAndRecordAndWithoutAWindowSaysSo() {
		Outcome held = draft();
		held.openCommentWindow(NOW.plus(Duration.ofDays(3)), "alice", NOW);
		held.publish(List.of(position("b", Position.DISSENT, "Too weak.", false, "CIVIL_SOCIETY")), "alice", NOW);
		assertThat(held.getTally().byPosition()).containsEntry("DISSENT", 1);
		assertThat(held.getAnnex()).extracting(AnnexEntry::authorName).containsExactly("Name of b");
		assertThat(held.getPublishedRecord()).isEqualTo("Supported by 0 members; 1 dissent (see annex).");
		assertConflict(() -> held.revise("Changed", "", "alice", "Alice", NOW));
		assertConflict(() -> held.publish(List.of(), "alice", NOW));

		Outcome plain = draft();
		plain.publish(List.of(position("b", Position.DISSENT, "Too weak.", false, "CIVIL_SOCIETY")), "alice", NOW);
		assertThat(plain.getTally()).isNull();
		assertThat(plain.getAnnex()).isEmpty();
		assertThat(plain.getPublishedRecord()).isEqualTo("Published without a comment window.");
	}

	@Test
	void everyRevisionIsANewVersionWithWhoAndWhenAndItsEvent() {
		Outcome outcome = draft();
		assertThat(outcome.getTextVersion()).isEqualTo(1);
		OutcomeVersion first = outcome.currentVersion();
		outcome.revise("Spam and trust, revised", "New text", "bruno", "Bruno", NOW.plusSeconds(60));
		assertThat(outcome.getTextVersion()).isEqualTo(2);
		assertThat(first).isEqualTo(new OutcomeVersion("" + outcome.getId() + ":1", outcome.getId(), 1, "Spam and trust",
				"Spam hurts trust.", "alice", "Alice", NOW));
		assertThat(outcome.currentVersion().revisedByName()).isEqualTo("Bruno");
		assertThat(eventTypes(outcome)).containsExactly("outcome-drafted", "outcome-revised");
	}

	static Outcome draft() {
		return Outcome.draft("c", new DraftOutcome(OutcomeKind.OUTCOME_DOCUMENT, "Spam and trust", "Spam hurts trust.",
				null), "alice", "Alice", NOW);
	}

	static MemberPosition position(String member, Position position, String reason, boolean anonymous, String group) {
		MemberPosition taken = MemberPosition.none("c", "o", member);
		taken.take(position, reason, anonymous, "Name of " + member, group, NOW);
		return taken;
	}

	static List<String> eventTypes(Outcome outcome) {
		return outcome.pendingEvents()
			.stream()
			.map(pending -> pending.type().replace("org.coalitions.coalition.", "").replace(".v1", ""))
			.toList();
	}

	static void assertConflict(Runnable command) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.isConflict()).isTrue());
	}

	static void assertUnprocessable(Runnable command) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.isConflict()).isFalse());
	}
}
