package org.coalitions.notification.digest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.mail.Mail;
import org.coalitions.notification.mail.MailDelivery;
import org.coalitions.notification.mail.MailProperties;
import org.coalitions.notification.mail.MailQueue;
import org.coalitions.notification.mail.MailTemplates;
import org.coalitions.notification.mail.UnsubscribeLinks;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.notification.people.Person.DigestFrequency;
import org.coalitions.platform.events.MailOptedOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A digest run: goes through everyone with a mail address (streamed from the store), and for each whose
 * period has ended and was not dealt with, queues one digest, or notes that nothing happened. The mail's id
 * is {@code digest:<person>:<period>}, so however many runs or instances reach the same person and period,
 * and whether or not a run was cut off half-way, one digest is queued.
 */
@Service
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final int PROGRESS_EVERY = 1000;

	private final People people;

	private final Feed feed;

	private final MailQueue queue;

	private final MailDelivery delivery;

	private final MailTemplates templates;

	private final UnsubscribeLinks links;

	private final MailProperties mail;

	private final DigestProperties properties;

	Digests(People people, Feed feed, MailQueue queue, MailDelivery delivery, MailTemplates templates,
			UnsubscribeLinks links, MailProperties mail, DigestProperties properties) {
		this.people = people;
		this.feed = feed;
		this.queue = queue;
		this.delivery = delivery;
		this.templates = templates;
		this.links = links;
		this.mail = mail;
		this.properties = properties;
	}

	/** What a run did. */
	public record RunSummary(int checked, int queued, int empty) {
	}

	public RunSummary run(Instant now) {
		int checked = 0;
		int queued = 0;
		int empty = 0;
		try (Stream<Person> everyone = people.mailable()) {
			for (Person person : (Iterable<Person>) everyone::iterator) {
				checked++;
				Outcome outcome = digestFor(person, now);
				if (outcome == Outcome.QUEUED) {
					queued++;
				}
				else if (outcome == Outcome.EMPTY) {
					empty++;
				}
				if (checked % PROGRESS_EVERY == 0) {
					log.info("Digest run: {} people checked, {} digests queued, {} with nothing new", checked, queued,
							empty);
				}
			}
		}
		if (queued > 0) {
			delivery.wakeUp();
		}
		log.info("Digest run done: {} people checked, {} digests queued, {} with nothing new", checked, queued, empty);
		return new RunSummary(checked, queued, empty);
	}

	private enum Outcome {

		NOT_DUE, QUEUED, EMPTY

	}

	/**
	 * Mails the person their digest of the last day (or week, for weekly readers) up to now, at once: what the
	 * "send me a preview" button of the mail settings does. At most one per person and minute; it does not
	 * count as the digest of any period.
	 * @return whether a mail was queued (false when nothing happened)
	 */
	public boolean preview(Person person, Instant now) {
		DigestFrequency frequency = person.effectiveDigest() == DigestFrequency.WEEKLY ? DigestFrequency.WEEKLY
				: DigestFrequency.DAILY;
		Instant from = now.minus(frequency == DigestFrequency.WEEKLY ? java.time.Duration.ofDays(7)
				: java.time.Duration.ofDays(1));
		String minute = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
		DigestPeriod period = new DigestPeriod("preview-" + minute, from, now, now.atZone(person.zone()).toLocalDate());
		boolean queued = queueDigest(person, frequency, period, "digest-preview:" + person.id() + ":" + minute, now);
		if (queued) {
			delivery.wakeUp();
		}
		return queued;
	}

	private Outcome digestFor(Person person, Instant now) {
		DigestFrequency frequency = person.effectiveDigest();
		Optional<DigestPeriod> due = DigestPeriod.latest(frequency, person.zone(), properties.hour(),
				properties.weeklyDay(), now);
		if (due.isEmpty() || due.get().key().equals(person.lastDigestKey())) {
			return Outcome.NOT_DUE;
		}
		DigestPeriod period = due.get();
		String mailId = "digest:" + person.id() + ":" + period.key();
		if (queue.contains(mailId)) {
			people.digestDone(person.id(), period.key());
			return Outcome.NOT_DUE;
		}
		boolean queued = queueDigest(person, frequency, period, mailId, now);
		people.digestDone(person.id(), period.key());
		return queued ? Outcome.QUEUED : Outcome.EMPTY;
	}

	/** Builds and queues the digest of the period; false when nothing happened in it (no mail). */
	private boolean queueDigest(Person person, DigestFrequency frequency, DigestPeriod period, String mailId,
			Instant now) {
		List<FeedEntry> happened = feed.between(person, period.from(), period.to());
		List<FeedEntry> pending = feed.pendingJoinRequests(person);
		Map<String, String> names = feed.coalitionNames(
				Stream.concat(happened.stream(), pending.stream()).map(FeedEntry::coalitionId).distinct().toList());
		DigestContent content = DigestContent.of(happened, pending, names, person.zone(), mail::link);
		if (content.isEmpty()) {
			return false;
		}
		String kind = frequency == DigestFrequency.DAILY ? "daily" : "weekly";
		String unsubscribe = links.url(person.id(), MailOptedOut.DIGEST);
		MailTemplates.Rendered rendered = templates.render("digest",
				Map.of("name", person.name(), "kind", kind, "day", DAY.format(period.sentOn()), "content", content,
						"unsubscribe", unsubscribe, "settings", mail.link(MailProperties.SETTINGS)));
		String subject = "Your " + kind + " Coalitions digest: " + content.updates()
				+ (content.updates() == 1 ? " update" : " updates") + " in " + content.coalitions().size()
				+ (content.coalitions().size() == 1 ? " coalition" : " coalitions");
		queue.enqueue(Mail.of(mailId, person.email(), person.name(), subject, rendered.html(), rendered.text(),
				unsubscribe, now));
		return true;
	}
}
