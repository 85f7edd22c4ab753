package org.coalitions.coalition.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.CommentWindowClosed;
import org.coalitions.contracts.CommentWindowClosingSoon;
import org.coalitions.contracts.CommentWindowOpened;
import org.coalitions.contracts.MeetingCancelled;
import org.coalitions.contracts.MeetingChanged;
import org.coalitions.contracts.OutcomeCommented;
import org.coalitions.contracts.OutcomeDocumentAdded;
import org.coalitions.contracts.OutcomeDrafted;
import org.coalitions.contracts.OutcomeRevised;
import org.coalitions.contracts.PositionRecorded;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventType;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.InvitationSent;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MeetingScheduled;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.MinutesAdded;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ProposalResubmitted;
import org.coalitions.contracts.ProposalReviewed;
import org.coalitions.contracts.QuietnessChanged;
import org.coalitions.contracts.RepresentativesNamed;
import org.coalitions.contracts.CoordinationGroupChanged;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.StatementRevised;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.PostHidden;
import org.coalitions.contracts.PostRestored;
import org.coalitions.contracts.PostingSuspended;
import org.coalitions.contracts.PostingSuspensionLifted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSummariesTests {

	static final String MESSAGE = "Write to me at gita@example.org";

	/** One of every event about coalitions, with messages that must stay out of the trail. */
	static final List<CoalitionEvent> EVERY_KIND = List.of(
			new CoalitionProposed("c", "Coalition on Spam", "SPAM", "Against spam.", "OPEN", "alice", "Alice"),
			new CoalitionStatusChanged("c", "ACTIVE", "INACTIVE", "no activity for 180 days"),
			new CharterEdited("c", "New summary", "MODERATED", 3),
			new ThreadStarted("c", "t", "Agenda", "bruno", "Bruno"),
			new ReplyPosted("c", "t", "r", "Agenda", "chen", "Chen"),
			new MeetingScheduled("c", "m", "Annual meeting", Instant.parse("2031-05-01T08:00:00Z"), "Europe/Zurich"),
			new MinutesAdded("c", "m", "Annual meeting"),
			new OutcomePublished("c", "o", "ANNUAL_REPORT", "Report 2030", 2030),
			new MemberJoined("c", "gita", "Gita", "CIVIL_SOCIETY", "IN", "MEMBER"),
			new JoinRequested("c", "q", "gita", "Gita", "CIVIL_SOCIETY", "IN", MESSAGE),
			new JoinRequestDecided("c", "q", "gita", false, "alice", MESSAGE),
			new MemberLeft("c", "gita", "alice"),
			new RoleChanged("c", "gita", "COORDINATOR", "alice"),
			new BalanceChanged("c", 4, Map.of("CIVIL_SOCIETY", 2), Map.of("ASIA_PACIFIC_STATES", 2), 2, 3, true),
			new ReportingStatusChanged("c", 2030, "OVERDUE", LocalDate.of(2031, 3, 31)),
			new StatementRevised("c", 2), new ProposalResubmitted("c", 2),
			new ProposalReviewed("c", "CHANGES_REQUESTED", MESSAGE, 2),
			new ReportingReminderDue("c", 2030, "DUE_IN_7_DAYS", LocalDate.of(2031, 3, 31)),
			new QuietnessChanged("c", true, Instant.parse("2031-01-01T00:00:00Z")),
			new RepresentativesNamed("c", List.of("gita")),
			new CoordinationGroupChanged("coordination-group", List.of("alice", "gita")),
			new OutcomeDrafted("c", "o", "OUTCOME_DOCUMENT", "Spam and trust"),
			new OutcomeRevised("c", "o", 2, "Spam and trust"),
			new CommentWindowOpened("c", "o", "Spam and trust", Instant.parse("2031-06-01T12:00:00Z")),
			new CommentWindowClosingSoon("c", "o", "Spam and trust", Instant.parse("2031-06-01T12:00:00Z")),
			new CommentWindowClosed("c", "o", "Spam and trust", "EXPIRED"),
			new OutcomeCommented("c", "o", "k", null, "Spam and trust", "gita", "Gita"),
			new PositionRecorded("c", "o", "DISSENT", "CIVIL_SOCIETY", false),
			new OutcomeDocumentAdded("c", "o", "d", "report.pdf", "application/pdf", 1234),
			new MeetingChanged("c", "m", "Annual meeting", Instant.parse("2031-05-02T08:00:00Z"), "Pacific/Auckland", 1),
			new MeetingCancelled("c", "m", "Annual meeting", Instant.parse("2031-05-02T08:00:00Z"), "Pacific/Auckland",
					2),
			new PostHidden("c", "t", "p", "Agenda", "gita", "Insults another member"),
			new PostRestored("c", "t", "p", "Agenda", "gita"),
			new PostingSuspended("c", "gita", Instant.parse("2031-06-01T12:00:00Z"), "Repeated insults"),
			new PostingSuspensionLifted("c", "gita"),
			new InvitationSent("c", "i", "Coalition", "invitee@example.org", "Alice", MESSAGE,
					Instant.parse("2026-03-23T10:00:00Z"), "/#/invitations/i?token=t"));

	@Test
	void everyKindOfEventHasItsOwnLineWithoutMessagesOrAddresses() {
		assertThat(EVERY_KIND.stream().map(Object::getClass).distinct())
			.as("one of each kind in the catalogue")
			.containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::dataType).toList());
		for (CoalitionEvent event : EVERY_KIND) {
			String summary = AuditSummaries.of(event);
			assertThat(summary).as(event.getClass().getSimpleName())
				.isNotEqualTo(event.getClass().getSimpleName())
				.doesNotContain("@")
				.doesNotContain("Write to me");
		}
	}

	@Test
	void aPositionsLineDoesNotSayWhichPositionItIs() {
		assertThat(AuditSummaries.of(new PositionRecorded("c", "o", "DISSENT", "CIVIL_SOCIETY", true)))
			.isEqualTo("Position changed on outcome o");
	}

	@Test
	void linesSayWhatHappened() {
		assertThat(AuditSummaries.of(EVERY_KIND.get(1))).isEqualTo("Status ACTIVE -> INACTIVE: no activity for 180 days");
		assertThat(AuditSummaries.of(EVERY_KIND.get(7))).isEqualTo("ANNUAL_REPORT \"Report 2030\" published for reporting cycle 2030");
		assertThat(AuditSummaries.of(EVERY_KIND.get(10))).isEqualTo("Join request of gita rejected by alice");
		assertThat(AuditSummaries.of(EVERY_KIND.get(11))).isEqualTo("gita removed by alice");
		assertThat(AuditSummaries.of(new MemberLeft("c", "gita", null))).isEqualTo("gita left");
		assertThat(AuditSummaries.of(EVERY_KIND.get(14))).isEqualTo("Annual report 2030 is now OVERDUE (due 2031-03-31)");
	}
}
