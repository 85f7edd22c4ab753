package org.coalitions.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedProjection;
import org.coalitions.notification.feed.StandingReminder;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.notification.texts.Dates;
import org.coalitions.notification.threads.ThreadInterests;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CommentWindowClosingSoon;
import org.coalitions.contracts.CommentWindowOpened;
import org.coalitions.contracts.InvitationSent;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MeetingCancelled;
import org.coalitions.contracts.MeetingChanged;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.PostHidden;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.PostingSuspended;
import org.coalitions.contracts.ProposalResubmitted;
import org.coalitions.contracts.ProposalReviewed;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.texts.Texts;
import org.coalitions.contracts.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Mails sent at once for actions awaiting someone or steps someone waits for: a join request goes to the
 * coalition's coordinators, the decision to the requester; a proposal's receipt, its resubmission and the
 * secretariat's review to its proposers (the coalition's coordinators; at first its proposer alone), a reporting
 * reminder to the coordinators, a draft opened for comment (and the reminder two days before its window closes) to
 * every member of the coalition, a meeting's change or cancellation to the coalition's members (they may have
 * planned to be there), an invitation to the address it names (someone who may not be known here at all), a
 * hidden post and a suspension of the right to post to the person concerned, with the coordinator's reason. Each mail's id names its purpose and recipient, so a redelivered event, or one
 * read again after a restart, queues nothing new. People who switched action mails off, or whose address is
 * unknown, get none; except that a proposal's mails wait for their proposer's address, which their profile may
 * bring after the proposal.
 */
@Service
public class ActionMails {

	private static final Logger log = LoggerFactory.getLogger(ActionMails.class);

	private final People people;

	private final Feed feed;

	private final Mailer mailer;

	private final Clock clock;

	private final EventHandlers handlers;

	private final Texts texts;

	ActionMails(People people, Feed feed, Mailer mailer, Clock clock, Texts texts) {
		this.texts = texts;
		this.people = people;
		this.feed = feed;
		this.mailer = mailer;
		this.clock = clock;
		this.handlers = EventHandlers.builder()
			.on(CoalitionProposed.class, this::proposed)
			.on(ProposalResubmitted.class, this::resubmitted)
			.on(ProposalReviewed.class, this::reviewed)
			.on(ReportingReminderDue.class, this::reminded)
			.on(JoinRequested.class, this::requested)
			.on(CommentWindowOpened.class, event -> commentWindow(event.data().coalitionId(),
					event.data().outcomeId(), event.data().title(), event.data().closesAt(), false))
			.on(CommentWindowClosingSoon.class, event -> commentWindow(event.data().coalitionId(),
					event.data().outcomeId(), event.data().title(), event.data().closesAt(), true))
			.on(MeetingChanged.class, event -> meetingMoved(event.coalitionId(), event.data().meetingId(),
					event.data().title(), event.data().startsAt(), event.data().timeZone(), event.data().sequence(),
					false))
			.on(MeetingCancelled.class, event -> meetingMoved(event.coalitionId(), event.data().meetingId(),
					event.data().title(), event.data().startsAt(), event.data().timeZone(), event.data().sequence(),
					true))
			.on(JoinRequestDecided.class, this::decided)
			.on(InvitationSent.class, this::invited)
			.on(PostHidden.class, this::hidden)
			.on(PostingSuspended.class, this::suspended)
			.on(ThreadStarted.class, event -> mentioned(event, event.data().threadId(), event.data().title(),
					event.data().authorId(), event.data().authorName(), event.data().mentionedIds()))
			.on(ReplyPosted.class, event -> mentioned(event, event.data().threadId(), event.data().threadTitle(),
					event.data().authorId(), event.data().authorName(), event.data().mentionedIds()))
			.on(MemberProfileUpdated.class, event -> people.find(event.data().personId())
				.ifPresent(person -> mailer.addressKnown(person, clock.instant())))
			.build();
	}

	/**
	 * Applies each membership and profile event to the people directory before deciding its mails (applying twice
	 * is a no-op), so a join request right after its coalition's first coordinator joined finds that coordinator,
	 * and a proposer's address finds the mails that waited for it. Reads the coalition events too, for the names
	 * of coalitions the mails speak of.
	 */
	@EventSubscription(id = "notification-action-mails", groupSuffix = "action-mails",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS, Topics.PEOPLE_EVENTS })
	EventHandlers peopleThenMails() {
		return people.handlers().andThen(handlers);
	}

	private void proposed(ReceivedEvent<CoalitionProposed> event) {
		CoalitionProposed proposal = event.data();
		feed.rememberName(proposal.coalitionId(), proposal.name());
		// the people directory applied the proposal just before: the proposer is known, with or without an address
		people.find(proposal.proposerId())
			.filter(Person::wantsActionMails)
			.ifPresent(proposer -> mailer.queueOrHold(proposer,
					"proposal-received:" + proposal.coalitionId() + ":" + proposer.id(),
					subject(proposer, "subject.proposal-received", Map.of("coalition", proposal.name())),
					"proposal-received",
					proposalModel(proposal.coalitionId(), proposal.name(), false, 1), MailOptedOut.ACTION,
					clock.instant()));
	}

	private void resubmitted(ReceivedEvent<ProposalResubmitted> event) {
		ProposalResubmitted resubmitted = event.data();
		for (Person proposer : people.coordinatorsOf(resubmitted.coalitionId())) {
			if (proposer.wantsActionMails()) {
				String coalition = coalitionName(resubmitted.coalitionId(), proposer);
				mailer.queueOrHold(proposer,
						"proposal-resubmitted:" + resubmitted.coalitionId() + ":" + resubmitted.statementVersion()
								+ ":" + proposer.id(),
						subject(proposer, "subject.proposal-resubmitted", Map.of("coalition", coalition)),
						"proposal-received",
						proposalModel(resubmitted.coalitionId(), coalition, true, resubmitted.statementVersion()),
						MailOptedOut.ACTION, clock.instant());
			}
		}
	}

	/**
	 * One mail per invitation, to its address, with the signed link; the invitee is no one known here yet, so it is
	 * written in the inviter's language (their message is, most likely).
	 */
	private void invited(ReceivedEvent<InvitationSent> event) {
		InvitationSent invitation = event.data();
		if (invitation.email() == null || invitation.email().isBlank()) {
			log.warn("Invitation {} names no address: no mail", invitation.invitationId());
			return;
		}
		Language language = people.find(event.actor()).map(Person::writesIn).orElse(Language.EN);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("coalition", invitation.coalitionName());
		model.put("inviter", invitation.inviterName());
		model.put("message", invitation.message());
		model.put("link", mailer.link(invitation.link()));
		model.put("expires", invitation.expiresAt() == null ? null
				: Dates.date(invitation.expiresAt().atZone(ZoneOffset.UTC), language));
		mailer.queueTo(invitation.email(), "invitation:" + invitation.invitationId(),
				texts.get(language, "subject.invitation",
						Map.of("inviter", String.valueOf(invitation.inviterName()), "coalition",
								String.valueOf(invitation.coalitionName()))),
				"invitation", model, language, clock.instant());
	}

	private Map<String, Object> proposalModel(String coalitionId, String coalition, boolean resubmitted,
			int version) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("coalition", coalition);
		model.put("resubmitted", resubmitted);
		model.put("version", version);
		model.put("link", mailer.link(FeedProjection.link(coalitionId)));
		return model;
	}

	private void reviewed(ReceivedEvent<ProposalReviewed> event) {
		ProposalReviewed review = event.data();
		for (Person proposer : people.coordinatorsOf(review.coalitionId())) {
			if (proposer.wantsActionMails()) {
				String coalition = coalitionName(review.coalitionId(), proposer);
				String subject = subject(proposer, "subject.proposal-reviewed",
						Map.of("decision", decision(review).name(), "coalition", coalition));
				Map<String, Object> model = new LinkedHashMap<>();
				model.put("coalition", coalition);
				model.put("decision", decision(review).name());
				model.put("message", review.message());
				model.put("link", mailer.link(FeedProjection.link(review.coalitionId())));
				mailer.queueOrHold(proposer,
						"proposal-reviewed:" + review.coalitionId() + ":" + review.statementVersion() + ":"
								+ review.decision() + ":" + proposer.id(),
						subject, "proposal-reviewed", model, MailOptedOut.ACTION, clock.instant());
			}
		}
	}

	/** A decision this version does not know reads as a request for changes: the proposers look again. */
	private static ReviewDecision decision(ProposalReviewed review) {
		try {
			return ReviewDecision.valueOf(review.decision());
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			return ReviewDecision.CHANGES_REQUESTED;
		}
	}

	/**
	 * To each coordinator with an address, once per coalition, cycle, reminder and person; in their language, the
	 * reminder saying what their feed and digest say.
	 */
	private void reminded(ReceivedEvent<ReportingReminderDue> event) {
		ReportingReminderDue due = event.data();
		for (Person coordinator : withAddressWantingActionMails(people.coordinatorsOf(due.coalitionId()))) {
			Language language = coordinator.writesIn();
			String coalition = coalitionName(due.coalitionId(), coordinator);
			Map<String, Object> arguments = new LinkedHashMap<>(
					FeedEntry.inLanguage(texts, StandingReminder.args(due.cycle(), due.reminder(), due.deadline()), language));
			arguments.put("coalition", coalition);
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("coalition", coalition);
			model.put("reminder",
					StandingReminder.text(texts, language, due.cycle(), due.reminder(), due.deadline()));
			model.put("link", mailer.link(FeedProjection.link(due.coalitionId())));
			queue(coordinator, "reminder:" + due.coalitionId() + ":" + due.cycle() + ":" + due.reminder() + ":"
					+ coordinator.id(), texts.get(language, "subject.reporting-reminder", arguments),
					"reporting-reminder", model);
		}
	}

	/**
	 * To every member with an address, once per meeting, change (its sequence) and person; the time in the
	 * meeting's zone and, where it differs, in the member's own.
	 */
	private void meetingMoved(String coalitionId, String meetingId, String title, Instant startsAt, String timeZone,
			int sequence, boolean cancelled) {
		for (Person member : withAddressWantingActionMails(people.membersOf(coalitionId))) {
			String coalition = coalitionName(coalitionId, member);
			String subject = subject(member, "subject.meeting",
					Map.of("cancelled", String.valueOf(cancelled), "title", String.valueOf(title), "coalition", coalition));
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("coalition", coalition);
			model.put("title", title);
			model.put("cancelled", cancelled);
			model.put("when", moment(startsAt, Dates.zone(timeZone), timeZone, member));
			model.put("yourTime", startsAt == null || member.zone().getId().equals(timeZone) ? null
					: moment(startsAt, member.zone(), member.zone().getId(), member));
			model.put("link", mailer.link(FeedProjection.link(coalitionId)));
			model.put("calendarLink",
					mailer.link("/api/coalitions/" + coalitionId + "/meetings/" + meetingId + ".ics"));
			queue(member, "meeting:" + meetingId + ":" + sequence + ":" + member.id(), subject, "meeting-changed",
					model);
		}
	}

	/**
	 * To every member with an address, once per window (its closing time names it: a window that ran out may be
	 * opened again), kind and person; the closing time in each member's own zone.
	 */
	private void commentWindow(String coalitionId, String outcomeId, String title, java.time.Instant closesAt,
			boolean closingSoon) {
		String kind = closingSoon ? "comment-window-closing-soon" : "comment-window-opened";
		for (Person member : withAddressWantingActionMails(people.membersOf(coalitionId))) {
			String coalition = coalitionName(coalitionId, member);
			String subject = subject(member, "subject.comment-window", Map.of("closingSoon",
					String.valueOf(closingSoon), "title", String.valueOf(title), "coalition", coalition));
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("coalition", coalition);
			model.put("title", title);
			model.put("closingSoon", closingSoon);
			model.put("closesAt", closesAt == null ? texts.get(member.writesIn(), "mail.date-to-be-set")
					: Dates.dayAndTime(closesAt.atZone(member.zone()), member.writesIn()) + " ("
							+ member.zone().getId() + ")");
			model.put("link", mailer.link(FeedProjection.outcomeLink(coalitionId, outcomeId)));
			queue(member, kind + ":" + outcomeId + ":" + closesAt + ":" + member.id(), subject, "comment-window",
					model);
		}
	}

	private void requested(ReceivedEvent<JoinRequested> event) {
		JoinRequested request = event.data();
		for (Person coordinator : withAddressWantingActionMails(people.coordinatorsOf(request.coalitionId()))) {
			String coalition = coalitionName(request.coalitionId(), coordinator);
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("coalition", coalition);
			model.put("requester", request.displayName());
			model.put("stakeholderGroup", request.stakeholderGroup());
			model.put("country", request.country());
			model.put("message", request.message());
			model.put("link", mailer.link(FeedProjection.link(request.coalitionId())));
			queue(coordinator, "join-request:" + request.requestId() + ":" + coordinator.id(),
					subject(coordinator, "subject.join-request",
							Map.of("coalition", coalition, "requester", String.valueOf(request.displayName()))),
					"join-request", model);
		}
	}

	private void decided(ReceivedEvent<JoinRequestDecided> event) {
		JoinRequestDecided decision = event.data();
		Person requester = people.find(decision.memberId()).orElse(null);
		if (requester == null || !requester.mailable() || !requester.wantsActionMails()) {
			log.info("No decision mail for join request {}: requester {} has no address or wants none",
					decision.requestId(), decision.memberId());
			return;
		}
		String coalition = coalitionName(decision.coalitionId(), requester);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("coalition", coalition);
		model.put("approved", decision.approved());
		model.put("message", decision.message());
		model.put("link", mailer.link(FeedProjection.link(decision.coalitionId())));
		queue(requester, "join-decision:" + decision.requestId(),
				subject(requester, "subject.join-decision",
						Map.of("approved", String.valueOf(decision.approved()), "coalition", coalition)),
				"join-decision", model);
	}

	/** To the author, once per hiding (a post shown again and hidden again is told again). */
	private void hidden(ReceivedEvent<PostHidden> event) {
		PostHidden hidden = event.data();
		Person author = people.find(hidden.authorId()).orElse(null);
		if (author == null || !author.mailable() || !author.wantsActionMails()) {
			log.info("No mail for hidden post {}: its author has no address or wants none", hidden.postId());
			return;
		}
		String coalition = coalitionName(hidden.coalitionId(), author);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("coalition", coalition);
		model.put("thread", hidden.threadTitle());
		model.put("reason", hidden.reason());
		model.put("link", mailer.link(FeedProjection.link(hidden.coalitionId())));
		queue(author, "post-hidden:" + event.id(), subject(author, "subject.post-hidden",
				Map.of("thread", String.valueOf(hidden.threadTitle()), "coalition", coalition)), "post-hidden", model);
	}

	/** To the member, once per suspension; the end in their own zone. */
	private void suspended(ReceivedEvent<PostingSuspended> event) {
		PostingSuspended suspension = event.data();
		Person member = people.find(suspension.memberId()).orElse(null);
		if (member == null || !member.mailable() || !member.wantsActionMails()) {
			log.info("No mail for a suspension in coalition {}: the member has no address or wants none",
					suspension.coalitionId());
			return;
		}
		String coalition = coalitionName(suspension.coalitionId(), member);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("coalition", coalition);
		model.put("until", suspension.until() == null ? texts.get(member.writesIn(), "mail.date-to-be-set")
				: Dates.dayAndTime(suspension.until().atZone(member.zone()), member.writesIn()) + " ("
						+ member.zone().getId() + ")");
		model.put("reason", suspension.reason());
		model.put("link", mailer.link(FeedProjection.link(suspension.coalitionId())));
		queue(member, "posting-suspended:" + event.id(),
				subject(member, "subject.posting-suspended", Map.of("coalition", coalition)), "posting-suspended",
				model);
	}

	/**
	 * To each member the post mentions, at once, unless they muted the thread or switched action mails off. The
	 * mail's id is the post's event and the person: a redelivered post, or a person a post concerns in several
	 * ways, is mailed once. Replies in one's threads reach the feed, not the mailbox.
	 */
	private void mentioned(ReceivedEvent<?> event, String threadId, String thread, String authorId, String author,
			List<String> mentionedIds) {
		if (mentionedIds.isEmpty()) {
			return;
		}
		for (Person member : withAddressWantingActionMails(people.findAll(mentionedIds))) {
			if (!ThreadInterests.tellable(member, event.coalitionId(), threadId, authorId)) {
				continue;
			}
			String coalition = coalitionName(event.coalitionId(), member);
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("coalition", coalition);
			model.put("author", author);
			model.put("thread", thread);
			model.put("link", mailer.link(FeedProjection.link(event.coalitionId())));
			queue(member, "post:" + event.id() + ":" + member.id(), subject(member, "subject.mentioned",
					Map.of("author", String.valueOf(author), "thread", String.valueOf(thread), "coalition", coalition)),
					"mentioned", model);
		}
	}

	/**
	 * The people of a mail sent to many (members, coordinators) who get it now: those with an address who did not
	 * switch action mails off. (A proposal's mails to its proposer wait for the address instead.)
	 */
	private static List<Person> withAddressWantingActionMails(List<Person> people) {
		return people.stream().filter(person -> person.mailable() && person.wantsActionMails()).toList();
	}

	private void queue(Person recipient, String id, String subject, String template, Map<String, Object> model) {
		mailer.queue(recipient, id, subject, template, model, MailOptedOut.ACTION, clock.instant());
	}

	/** The coalition's name as the reader sees it ({@link Feed#nameIn}), or "your coalition" in their language. */
	private String coalitionName(String coalitionId, Person reader) {
		return feed.coalitionName(coalitionId)
			.map(name -> Feed.nameIn(coalitionId, name, texts, reader.writesIn()))
			.orElseGet(() -> texts.get(reader.writesIn(), "mail.your-coalition"));
	}

	/**
	 * A meeting's time in the reader's language, in that zone, the zone named: "5 Mar 2031, 18:30
	 * (Pacific/Auckland)"; a time not set yet said so.
	 */
	private String moment(Instant at, ZoneId zone, String zoneName, Person reader) {
		return at == null ? texts.get(reader.writesIn(), "mail.date-to-be-set")
				: Dates.dateTime(at.atZone(zone), reader.writesIn()) + " (" + zoneName + ")";
	}

	/** A mail's subject in its recipient's language. */
	private String subject(Person recipient, String key, Map<String, ?> arguments) {
		return texts.get(recipient.writesIn(), key, arguments);
	}
}
