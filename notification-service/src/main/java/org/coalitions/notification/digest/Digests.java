package org.coalitions.notification.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedProjection;
import org.coalitions.notification.feed.StandingReminder;
import org.coalitions.notification.mail.Mail;
import org.coalitions.notification.texts.Dates;
import org.coalitions.notification.mail.MailTemplates;
import org.coalitions.platform.texts.Texts;
import org.coalitions.notification.mail.Mailer;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.MailOptedOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A digest run: goes through everyone with a mail address (streamed from the store), and for each whose
 * period has ended and was not dealt with, queues one digest, or notes that nothing happened. The mail's id
 * is {@code digest:<person>:<period>}, so however many runs or instances reach the same person and period,
 * and whether or not a run was cut off half-way, one digest is queued.
 * <p>
 * A run reads each period's feed entries once ({@link DigestRun}, {@link PeriodSummary}) and puts every
 * person's digest together from that summary, instead of querying the feed per person: with thousands of
 * people per period, the per-person queries were the run's cost.
 */
@Service
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private static final int PROGRESS_EVERY = 1000;

	/** People who joined a coalition within their period, held for a pass of their own. */
	static final int DEFERRED_AT_ONCE = 500;

	private final People people;

	private final Feed feed;

	private final Mailer mailer;

	private final MailTemplates templates;

	private final DigestProperties properties;

	private final DigestMetrics metrics;

	private final Texts texts;

	Digests(People people, Feed feed, Mailer mailer, MailTemplates templates, DigestProperties properties,
			DigestMetrics metrics, Texts texts) {
		this.texts = texts;
		this.metrics = metrics;
		this.people = people;
		this.feed = feed;
		this.mailer = mailer;
		this.templates = templates;
		this.properties = properties;
	}

	/** What a run did. */
	public record RunSummary(int checked, int queued, int empty) {
	}

	public RunSummary run(Instant now) {
		return metrics.record(() -> runAt(now));
	}

	private RunSummary runAt(Instant now) {
		Counts counts = new Counts();
		List<DigestRun.Due> due = due(now, counts);
		DigestRun run = new DigestRun(feed, new DigestSections(templates), due);
		DigestRun.Deferred deferred = new DigestRun.Deferred();
		Written written = new Written();
		int done = 0;
		for (DigestRun.Due one : due) {
			digestFor(one.person(), one.period(), now, run, deferred, counts, written);
			if (++done % PROGRESS_EVERY == 0) {
				log.info("Digest run: {} of {} due digests dealt with, {} queued, {} with nothing new", done,
						due.size(), counts.queued, counts.empty);
			}
		}
		for (DigestPeriod period : deferred.periods()) {
			finishDeferred(period, deferred.take(period), run, now, counts, written);
		}
		written.flush();
		log.info("Digest run done: {} people checked, {} digests queued, {} with nothing new ({} coalition sections "
				+ "rendered)", counts.checked, counts.queued, counts.empty, run.sections().renders());
		return new RunSummary(counts.checked, counts.queued, counts.empty);
	}

	/**
	 * The run's mails and "period dealt with" marks, written {@link #AT_ONCE} people at a time: a write per mail
	 * and per person was most of a run's time on the embedded store. The mails go first, so a run cut off in
	 * between finds the marks missing and queues those digests again, which the queue refuses by their ids.
	 */
	private final class Written {

		static final int AT_ONCE = 200;

		private final List<Mail> mails = new ArrayList<>();

		private final List<People.DigestDone> marks = new ArrayList<>();

		void add(Optional<Mail> mail, String personId, DigestPeriod period) {
			mail.ifPresent(mails::add);
			marks.add(new People.DigestDone(personId, period.frequency(), period.key()));
			if (marks.size() >= AT_ONCE) {
				flush();
			}
		}

		void flush() {
			mailer.queueAll(mails);
			mails.clear();
			people.digestsDone(marks);
			marks.clear();
		}
	}

	private static final class Counts {

		int checked;

		int queued;

		int empty;

		void count(boolean queued) {
			if (queued) {
				this.queued++;
			}
			else {
				empty++;
			}
		}
	}

	/**
	 * Mails the person their digest of the last day (or week, for weekly readers) up to now, at once: what the
	 * "send me a preview" button of the mail settings does. At most one per person and minute; it does not
	 * count as the digest of any period.
	 * @return whether a mail was queued (false when nothing happened)
	 */
	public boolean preview(Person person, Instant now) {
		DigestPreference frequency = person.effectiveDigest() == DigestPreference.WEEKLY ? DigestPreference.WEEKLY
				: DigestPreference.DAILY;
		Instant from = now.minus(frequency == DigestPreference.WEEKLY ? java.time.Duration.ofDays(7)
				: java.time.Duration.ofDays(1));
		String minute = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
		DigestPeriod period = new DigestPeriod("preview-" + minute, from, now, now.atZone(person.zone()).toLocalDate(),
				frequency);
		return queueDigest(person, frequency, period, "digest-preview:" + person.id() + ":" + minute,
				new DigestSections(templates), now);
	}

	/**
	 * The people whose digest is due, from one pass over everyone with an address: the run holds them (about a
	 * kilobyte each) rather than going through the store's people twice, once to find the periods to read and once
	 * to write the digests.
	 */
	private List<DigestRun.Due> due(Instant now, Counts counts) {
		long started = System.nanoTime();
		List<DigestRun.Due> due = new ArrayList<>();
		try (Stream<Person> everyone = people.mailable()) {
			everyone.forEach(person -> {
				counts.checked++;
				due(person, now).forEach(period -> due.add(new DigestRun.Due(person, period)));
			});
		}
		log.info("Digest run: went through {} people in {} ms, {} due", counts.checked,
				(System.nanoTime() - started) / 1_000_000, due.size());
		return due;
	}

	/**
	 * Queues the person's digest of one of their due periods (one per frequency they get, {@link
	 * Person#digestFrequencies}) unless it was dealt with, from the period's summary. A
	 * person who joined a coalition within the period and whose view the summary's pass did not make (their
	 * memberships changed since the run looked, or too many such people) waits for a pass of their own, with
	 * the others in that case (at most {@link #DEFERRED_AT_ONCE} at a time). A digest queued before by a run
	 * that was cut off is refused by its id and counted as queued again.
	 */
	private void digestFor(Person person, DigestPeriod period, Instant now, DigestRun run,
			DigestRun.Deferred deferred, Counts counts, Written written) {
		// no look-up of the mail first: queueing one that exists already is refused by its id, and on the embedded
		// store such a look-up scans the whole mail queue
		Map<String, Tallies> view = run.summary(period).viewOf(person);
		if (view == null) {
			if (deferred.add(period, person).size() >= DEFERRED_AT_ONCE) {
				finishDeferred(period, deferred.take(period), run, now, counts, written);
			}
			return;
		}
		counts.count(queue(person, period, view, run, now, written));
	}

	private void finishDeferred(DigestPeriod period, List<Person> waiting, DigestRun run, Instant now,
			Counts counts, Written written) {
		if (waiting.isEmpty()) {
			return;
		}
		Map<String, Map<String, Tallies>> views = run.personalViews(period, waiting);
		for (Person person : waiting) {
			counts.count(queue(person, period, views.get(person.id()), run, now, written));
		}
	}

	/**
	 * Prepares the digest made of the person's view of the period, and the note that the period was dealt with.
	 * Only the coalitions whose digest (for the person) is the period's frequency are in it.
	 * @return false when nothing happened in the period (no mail)
	 */
	private boolean queue(Person person, DigestPeriod period, Map<String, Tallies> view, DigestRun run, Instant now,
			Written written) {
		DigestContent content = DigestContent.of(ofFrequency(view, person, period),
				ofFrequency(run.pendingFor(person), person, period), DigestRun.happenedIn(period, person), run.names(),
				person.zone(), mailer::link, person.writesIn(), texts);
		Optional<Mail> mail = content.isEmpty() ? Optional.empty()
				: digestMail(person, period.frequency(), period, mailId(person, period), content,
						reminders(run.remindersFor(person)
							.stream()
							.filter(reminder -> person.digestOf(reminder.coalitionId()) == period.frequency())
							.toList(), run.names(), person),
						run.sections(), now);
		written.add(mail, person.id(), period);
		return !content.isEmpty();
	}

	/** The coalitions of a person's view whose news goes into the period's digest. */
	private static <T> Map<String, T> ofFrequency(Map<String, T> byCoalition, Person person, DigestPeriod period) {
		if (person.coalitionDigests().isEmpty()) {
			return byCoalition;
		}
		Map<String, T> kept = new LinkedHashMap<>(byCoalition);
		kept.keySet().removeIf(coalitionId -> person.digestOf(coalitionId) != period.frequency());
		return kept;
	}

	/** The person's latest period of each frequency they get, unless it was dealt with. */
	private List<DigestPeriod> due(Person person, Instant now) {
		List<DigestPeriod> due = new ArrayList<>(2);
		for (DigestPreference frequency : person.digestFrequencies()) {
			DigestPeriod.latest(frequency, person.zone(), properties.hour(), properties.weeklyDay(), now)
				.filter(period -> !person.digestDone(period.key()))
				.ifPresent(due::add);
		}
		return due;
	}

	private static String mailId(Person person, DigestPeriod period) {
		return "digest:" + person.id() + ":" + period.key();
	}

	/** Builds the person's digest of the period from their own feed query (one person: a preview). */
	private boolean queueDigest(Person person, DigestPreference frequency, DigestPeriod period, String mailId,
			DigestSections sections, Instant now) {
		List<FeedEntry> happened = feed.between(person, period.from(), period.to());
		List<FeedEntry> pending = feed.pendingJoinRequests(person);
		Map<String, String> names = feed.coalitionNames(
				Stream.concat(happened.stream(), pending.stream()).map(FeedEntry::coalitionId).distinct().toList());
		List<StandingReminder> standing = feed.standingReminders(person);
		Map<String, String> allNames = new java.util.HashMap<>(names);
		allNames.putAll(feed.coalitionNames(standing.stream().map(StandingReminder::coalitionId).toList()));
		return queueDigest(person, frequency, period, mailId,
				DigestContent.of(happened, pending, names, person.zone(), mailer::link, person.writesIn(), texts),
				reminders(standing, allNames, person), sections, now);
	}

	/** A reporting reminder at the top of a digest. */
	record ReportReminder(String coalition, String text, String link) {
	}

	private List<ReportReminder> reminders(List<StandingReminder> standing, Map<String, String> names,
			Person person) {
		return standing.stream()
			.map(reminder -> new ReportReminder(
					names.getOrDefault(reminder.coalitionId(), texts.get(person.writesIn(), "mail.a-coalition")),
					reminder.text(texts, person.writesIn()), mailer.link(FeedProjection.link(reminder.coalitionId()))))
			.toList();
	}

	/**
	 * Queues the digest, with the reporting reminders that stand for the person's coalitions at its top; false
	 * when nothing happened in the period (no mail: a standing reminder alone does not mail every day, it was
	 * mailed when it came).
	 */
	private boolean queueDigest(Person person, DigestPreference frequency, DigestPeriod period, String mailId,
			DigestContent content, List<ReportReminder> reminders, DigestSections sections, Instant now) {
		if (content.isEmpty()) {
			return false;
		}
		digestMail(person, frequency, period, mailId, content, reminders, sections, now)
			.ifPresent(mail -> mailer.queueAll(List.of(mail)));
		return true;
	}

	/** The digest's mail, rendered (empty when the person has no address). */
	private Optional<Mail> digestMail(Person person, DigestPreference frequency, DigestPeriod period, String mailId,
			DigestContent content, List<ReportReminder> reminders, DigestSections sections, Instant now) {
		String kind = frequency == DigestPreference.DAILY ? "daily" : "weekly";
		String subject = texts.get(person.writesIn(), "digest.subject", Map.of("kind", kind, "updates",
				content.updates(), "coalitions", content.coalitions().size()));
		return mailer.prepare(person, mailId, subject, "digest",
				Map.of("kind", kind, "day", Dates.day(period.sentOn(), person.writesIn()), "sections",
						sections.render(content), "reminders", reminders),
				MailOptedOut.DIGEST, now);
	}
}
