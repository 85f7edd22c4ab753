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
import org.coalitions.notification.mail.Mailer;
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

	private final Mailer mailer;

	private final DigestProperties properties;

	Digests(People people, Feed feed, Mailer mailer, DigestProperties properties) {
		this.people = people;
		this.feed = feed;
		this.mailer = mailer;
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
		return queueDigest(person, frequency, period, "digest-preview:" + person.id() + ":" + minute, now);
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
		if (mailer.queued(mailId)) {
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
		DigestContent content = DigestContent.of(happened, pending, names, person.zone(), mailer::link);
		if (content.isEmpty()) {
			return false;
		}
		String kind = frequency == DigestFrequency.DAILY ? "daily" : "weekly";
		String subject = "Your " + kind + " Coalitions digest: " + content.updates()
				+ (content.updates() == 1 ? " update" : " updates") + " in " + content.coalitions().size()
				+ (content.coalitions().size() == 1 ? " coalition" : " coalitions");
		mailer.queue(person, mailId, subject, "digest",
				Map.of("kind", kind, "day", DAY.format(period.sentOn()), "content", content), MailOptedOut.DIGEST, now);
		return true;
	}
}
