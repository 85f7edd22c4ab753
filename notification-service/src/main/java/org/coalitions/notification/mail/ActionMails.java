package org.coalitions.notification.mail;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedProjection;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Mails sent at once for actions awaiting someone: a join request goes to the coalition's coordinators, the
 * decision to the requester. Each mail's id is made of the request and the recipient, so a redelivered event
 * queues nothing new. People who switched action mails off, or whose address is unknown, get none.
 */
@Service
public class ActionMails {

	private static final Logger log = LoggerFactory.getLogger(ActionMails.class);

	private final People people;

	private final Feed feed;

	private final Mailer mailer;

	private final Clock clock;

	private final EventHandlers handlers;

	ActionMails(People people, Feed feed, Mailer mailer, Clock clock) {
		this.people = people;
		this.feed = feed;
		this.mailer = mailer;
		this.clock = clock;
		this.handlers = EventHandlers.builder()
			.on(CoalitionProposed.class, event -> feed.rememberName(event.data().coalitionId(), event.data().name()))
			.on(JoinRequested.class, this::requested)
			.on(JoinRequestDecided.class, this::decided)
			.build();
	}

	/**
	 * Applies each membership event to the people directory before deciding its mails (applying twice is a no-op),
	 * so a join request right after its coalition's first coordinator joined finds that coordinator. Reads the
	 * coalition events too, for the names of coalitions the mails speak of.
	 */
	@EventSubscription(id = "notification-action-mails", groupSuffix = "action-mails",
			topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
	EventHandlers peopleThenMails() {
		return people.handlers().andThen(handlers);
	}

	private void requested(ReceivedEvent<JoinRequested> event) {
		JoinRequested request = event.data();
		String coalition = coalitionName(request.coalitionId());
		for (Person coordinator : people.coordinatorsOf(request.coalitionId())) {
			if (!coordinator.mailable() || !coordinator.wantsActionMails()) {
				continue;
			}
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("coalition", coalition);
			model.put("requester", request.displayName());
			model.put("stakeholderGroup", request.stakeholderGroup());
			model.put("country", request.country());
			model.put("message", request.message());
			model.put("link", mailer.link(FeedProjection.link(request.coalitionId())));
			queue(coordinator, "join-request:" + request.requestId() + ":" + coordinator.id(),
					"Join request to " + coalition + " from " + request.displayName(), "join-request", model);
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
		String coalition = coalitionName(decision.coalitionId());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("coalition", coalition);
		model.put("approved", decision.approved());
		model.put("message", decision.message());
		model.put("link", mailer.link(FeedProjection.link(decision.coalitionId())));
		queue(requester, "join-decision:" + decision.requestId(),
				"Your request to join " + coalition + " was " + (decision.approved() ? "approved" : "declined"),
				"join-decision", model);
	}

	private void queue(Person recipient, String id, String subject, String template, Map<String, Object> model) {
		mailer.queue(recipient, id, subject, template, model, MailOptedOut.ACTION, clock.instant());
	}

	private String coalitionName(String coalitionId) {
		return feed.coalitionName(coalitionId).orElse("your coalition");
	}
}
