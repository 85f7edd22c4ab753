package org.coalitions.coalition.audit;

import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
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
import org.coalitions.contracts.PostHidden;
import org.coalitions.contracts.PostRestored;
import org.coalitions.contracts.PostingSuspended;
import org.coalitions.contracts.PostingSuspensionLifted;

/**
 * One line per event for the people reading the trail. Built from ids, names, titles and states only: free text
 * people wrote to each other (join request messages, decisions' messages) and addresses stay out of the trail.
 */
final class AuditSummaries {

	private AuditSummaries() {
	}

	static String of(CoalitionEvent event) {
		if (event instanceof CoalitionProposed e) {
			return "Coalition \"" + e.name() + "\" proposed by " + e.proposerName() + " (theme " + e.theme()
					+ ", join policy " + e.joinPolicy() + ")";
		}
		if (event instanceof CoalitionStatusChanged e) {
			return "Status " + e.from() + " -> " + e.to() + (e.reason() == null ? "" : ": " + e.reason());
		}
		if (event instanceof CharterEdited e) {
			return "Charter edited (now version " + e.version() + ", join policy " + e.joinPolicy() + ")";
		}
		if (event instanceof ThreadStarted e) {
			return "Thread \"" + e.title() + "\" started by " + e.authorName();
		}
		if (event instanceof ReplyPosted e) {
			return "Reply by " + e.authorName() + " in thread \"" + e.threadTitle() + "\"";
		}
		if (event instanceof MeetingScheduled e) {
			return "Meeting \"" + e.title() + "\" scheduled for " + e.startsAt() + " (" + e.timeZone() + ")";
		}
		if (event instanceof MinutesAdded e) {
			return "Minutes added to meeting \"" + e.title() + "\"";
		}
		if (event instanceof OutcomePublished e) {
			return e.kind() + " \"" + e.title() + "\" published"
					+ (e.reportingCycle() == null ? "" : " for reporting cycle " + e.reportingCycle());
		}
		if (event instanceof ReportingStatusChanged e) {
			return "Annual report " + e.cycle() + " is now " + e.status() + " (due " + e.deadline() + ")";
		}
		if (event instanceof MemberJoined e) {
			return e.displayName() + " (" + e.memberId() + ") joined as " + e.role();
		}
		if (event instanceof JoinRequested e) {
			return e.displayName() + " (" + e.memberId() + ") asked to join";
		}
		if (event instanceof JoinRequestDecided e) {
			return "Join request of " + e.memberId() + (e.approved() ? " approved" : " rejected") + " by "
					+ e.decidedBy();
		}
		if (event instanceof MemberLeft e) {
			return e.removedBy() == null ? e.memberId() + " left" : e.memberId() + " removed by " + e.removedBy();
		}
		if (event instanceof RoleChanged e) {
			return e.memberId() + " is now " + e.role() + " (changed by " + e.changedBy() + ")";
		}
		if (event instanceof StatementRevised e) {
			return "Formation statement revised (now version " + e.statementVersion() + ")";
		}
		if (event instanceof ProposalResubmitted e) {
			return "Proposal resubmitted for review (statement version " + e.statementVersion() + ")";
		}
		if (event instanceof ProposalReviewed e) {
			return "Proposal reviewed by the secretariat: " + e.decision() + " (statement version "
					+ e.statementVersion() + ")";
		}
		if (event instanceof ReportingReminderDue e) {
			return "Reminder " + e.reminder() + " for the annual report " + e.cycle() + " (due " + e.deadline() + ")";
		}
		if (event instanceof QuietnessChanged e) {
			return e.quiet() ? "Quiet: no activity since " + e.lastActivityAt() : "No longer quiet";
		}
		if (event instanceof RepresentativesNamed e) {
			return e.representativeIds().isEmpty() ? "Representatives in the coordination group: the coordinators"
					: "Representatives in the coordination group: " + String.join(", ", e.representativeIds());
		}
		if (event instanceof CoordinationGroupChanged e) {
			return "Coordination group: " + e.memberIds().size() + " representatives";
		}
		if (event instanceof InvitationSent e) {
			// the invitee's address and the coordinator's message stay out of the trail
			return "Invitation " + e.invitationId() + " sent by " + e.inviterName();
		}
		if (event instanceof BalanceChanged e) {
			return "Balance: " + e.members() + " members in " + e.distinctStakeholderGroups()
					+ " stakeholder groups, multistakeholder rule " + (e.ruleMet() ? "met" : "not met");
		}
		if (event instanceof OutcomeDrafted e) {
			return e.kind() + " \"" + e.title() + "\" drafted";
		}
		if (event instanceof OutcomeRevised e) {
			return "Outcome \"" + e.title() + "\" revised (now version " + e.version() + ")";
		}
		if (event instanceof CommentWindowOpened e) {
			return "Outcome \"" + e.title() + "\" open for comment until " + e.closesAt();
		}
		if (event instanceof CommentWindowClosingSoon e) {
			return "Comment window on \"" + e.title() + "\" closes at " + e.closesAt();
		}
		if (event instanceof CommentWindowClosed e) {
			return "Comment window on \"" + e.title() + "\" closed (" + e.reason() + ")";
		}
		if (event instanceof OutcomeCommented e) {
			return (e.inReplyTo() == null ? "Comment" : "Answer") + " by " + e.authorName() + " on \"" + e.title()
					+ "\"";
		}
		if (event instanceof PositionRecorded e) {
			// which position stays out: with the actor beside it, it would name an author who chose to stay anonymous
			return "Position " + (e.changed() ? "changed" : "recorded") + " on outcome " + e.outcomeId();
		}
		if (event instanceof OutcomeDocumentAdded e) {
			return "File \"" + e.fileName() + "\" (" + e.contentType() + ", " + e.size() + " bytes) added to outcome "
					+ e.outcomeId();
		}
		if (event instanceof MeetingChanged e) {
			return "Meeting \"" + e.title() + "\" changed: " + e.startsAt() + " (" + e.timeZone() + "), sequence "
					+ e.sequence();
		}
		if (event instanceof MeetingCancelled e) {
			return "Meeting \"" + e.title() + "\" on " + e.startsAt() + " cancelled";
		}
		// a moderator's reason is the "why" of the trail: written for the author and the record, not a private message
		if (event instanceof PostHidden e) {
			return "Post " + e.postId() + " by " + e.authorId() + " in thread \"" + e.threadTitle() + "\" hidden: "
					+ e.reason();
		}
		if (event instanceof PostRestored e) {
			return "Post " + e.postId() + " by " + e.authorId() + " in thread \"" + e.threadTitle() + "\" shown again";
		}
		if (event instanceof PostingSuspended e) {
			return "Right to post of " + e.memberId() + " suspended until " + e.until() + ": " + e.reason();
		}
		if (event instanceof PostingSuspensionLifted e) {
			return "Suspension of " + e.memberId() + " lifted";
		}
		return event.getClass().getSimpleName();
	}
}
