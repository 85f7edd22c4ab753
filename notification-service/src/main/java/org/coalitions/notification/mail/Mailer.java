package org.coalitions.notification.mail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitions.contracts.Language;
import org.coalitions.notification.people.Person;
import org.springframework.stereotype.Service;

/**
 * Renders a mail to one person and queues it: every mail names its recipient, links to their mail settings
 * and carries the signed unsubscribe link for its kind (also as {@code List-Unsubscribe}); it is written in the
 * recipient's language ({@link Person#writesIn()}), its subject too (the caller's, made with {@code Texts}).
 */
@Service
public class Mailer {

	private final MailTemplates templates;

	private final MailQueue queue;

	private final MailDelivery delivery;

	private final UnsubscribeLinks links;

	private final MailProperties properties;

	Mailer(MailTemplates templates, MailQueue queue, MailDelivery delivery, UnsubscribeLinks links,
			MailProperties properties) {
		this.templates = templates;
		this.queue = queue;
		this.delivery = delivery;
		this.links = links;
		this.properties = properties;
	}

	/** A link into the web app. */
	public String link(String path) {
		return properties.link(path);
	}

	/**
	 * Sends the mails held for the person's address now that it is known (dropped if they want no action mails,
	 * the only kind held).
	 */
	public void addressKnown(Person person, Instant now) {
		if (person.mailable() && queue.addressKnown(person.id(), person.email(), person.wantsActionMails(), now) > 0) {
			delivery.wakeUp();
		}
	}

	/** Whether a mail with this id was queued before. */
	public boolean queued(String id) {
		return queue.contains(id);
	}

	/**
	 * @param unsubscribeKind what the mail's unsubscribe link turns off ({@code MailOptedOut.DIGEST} or
	 * {@code ACTION})
	 * @return false when a mail with this id was queued before (nothing is queued again), or the recipient has no
	 * address
	 */
	public boolean queue(Person recipient, String id, String subject, String template, Map<String, Object> model,
			String unsubscribeKind, Instant now) {
		return prepare(recipient, id, subject, template, model, unsubscribeKind, now).map(this::enqueue).orElse(false);
	}

	/**
	 * The mail {@link #queue} would queue, rendered, for {@link #queueAll} with others; empty when the recipient
	 * has no address.
	 */
	public Optional<Mail> prepare(Person recipient, String id, String subject, String template,
			Map<String, Object> model, String unsubscribeKind, Instant now) {
		return recipient.mailable() ? Optional.of(render(recipient, id, subject, template, model, unsubscribeKind, now))
				: Optional.empty();
	}

	/**
	 * Queues prepared mails in one write (a digest run's: one write per mail was most of a run's time on the
	 * embedded store); one whose id was queued before is not queued again.
	 */
	public void queueAll(List<Mail> mails) {
		if (!mails.isEmpty()) {
			queue.enqueueAll(mails);
			delivery.wakeUp();
		}
	}

	/**
	 * Like {@link #queue}, and for someone whose address is not known yet, holds the mail until their profile
	 * brings one ({@link MailQueue#addressKnown}).
	 */
	public boolean queueOrHold(Person recipient, String id, String subject, String template,
			Map<String, Object> model, String unsubscribeKind, Instant now) {
		return enqueue(render(recipient, id, subject, template, model, unsubscribeKind, now));
	}

	/**
	 * A one-off mail to an address that belongs to no one known here (an invitation): no greeting by name, no
	 * mail settings and no unsubscribe link, since there is nothing to unsubscribe from.
	 * @return false when a mail with this id was queued before (nothing is queued again)
	 */
	public boolean queueTo(String address, String id, String subject, String template, Map<String, Object> model,
			Language language, Instant now) {
		MailTemplates.Rendered mail = templates.render(template, model, language);
		return enqueue(Mail.of(id, null, address, null, subject, mail.html(), mail.text(), null, now));
	}

	private Mail render(Person recipient, String id, String subject, String template, Map<String, Object> model,
			String unsubscribeKind, Instant now) {
		String unsubscribe = links.url(recipient.id(), unsubscribeKind);
		Map<String, Object> all = new LinkedHashMap<>(model);
		all.put("name", recipient.name());
		all.put("unsubscribe", unsubscribe);
		all.put("settings", properties.link(MailProperties.SETTINGS));
		MailTemplates.Rendered mail = templates.render(template, all, recipient.writesIn());
		return Mail.of(id, recipient.id(), recipient.mailable() ? recipient.email() : null, recipient.name(), subject,
				mail.html(), mail.text(), unsubscribe, now);
	}

	/** Queues the mail unless one with its id was; wakes the sender when it can go now (it has an address). */
	private boolean enqueue(Mail mail) {
		boolean queued = queue.enqueue(mail);
		if (queued && mail.toAddress() != null) {
			delivery.wakeUp();
		}
		return queued;
	}
}
