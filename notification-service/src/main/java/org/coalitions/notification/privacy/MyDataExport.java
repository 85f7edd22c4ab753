package org.coalitions.notification.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.Language;
import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.mail.PersonalMail;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.notification.threads.ThreadInterests;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.texts.Texts;
import org.springframework.stereotype.Service;

/**
 * What notification-service holds about one person: their {@code people} record (name, address, time zone, mail
 * preferences with the digest chosen per coalition, language, coalitions with role and since when, feed read marks,
 * the digest periods dealt with), the threads they posted in, follow or muted, their feed as they may see it
 * ({@link Feed}'s own visibility rule) with titles in their language, their unsubscribe uses, and the mails queued
 * or sent to them with their text. A few queries, each bounded by {@link #LIMIT}. Other people appear only by the
 * names the feed's lines and the mails' texts show them with (mails to the person name no one's address).
 */
@Service
class MyDataExport {

	static final String SERVICE = "notification-service";

	/** Far more than any feed or mailbox here; a bound so that one export cannot read without end. */
	static final int LIMIT = 10_000;

	private final People people;

	private final Feed feed;

	private final PersonalMail mail;

	private final Texts texts;

	private final ThreadInterests threads;

	private final Clock clock;

	MyDataExport(People people, Feed feed, PersonalMail mail, Texts texts, ThreadInterests threads, Clock clock) {
		this.threads = threads;
		this.people = people;
		this.feed = feed;
		this.mail = mail;
		this.texts = texts;
		this.clock = clock;
	}

	NotificationData of(CurrentUser caller) {
		Instant generatedAt = clock.instant();
		Person person = people.find(caller.id()).orElse(null);
		List<FeedItem> items = List.of();
		List<ThreadInterests.Stake> stakes = List.of();
		if (person != null) {
			stakes = threads.stakesOf(person, LIMIT);
			Language language = person.writesIn();
			List<FeedEntry> entries = feed.page(person, 0, LIMIT);
			Map<String, String> names = feed
				.coalitionNames(entries.stream().map(FeedEntry::coalitionId).filter(id -> id != null).distinct().toList());
			items = entries.stream()
				.map(entry -> new FeedItem(entry.id(), entry.coalitionId(),
						Feed.nameIn(entry.coalitionId(), names.get(entry.coalitionId()), texts, language),
						entry.type(), entry.titleIn(texts, language), entry.occurredAt(), !feed.isUnread(person, entry),
						entry.link()))
				.toList();
		}
		String address = person != null && person.mailable() ? person.email() : caller.email();
		return new NotificationData(SERVICE, generatedAt, caller.id(), person == null ? null : Profile.of(person),
				items, stakes, mail.optOutsOf(caller.id()), mail.mailsTo(caller.id(), address, LIMIT));
	}

	/** notification-service's part of the file. */
	record NotificationData(String service, Instant generatedAt, String personId, Profile person, List<FeedItem> feed,
			List<ThreadInterests.Stake> threads, List<PersonalMail.OptOutUse> mailOptOuts, List<PersonalMail.MailToPerson> mails) {
	}

	/**
	 * The person as this service knows them, from their profile's and their memberships' events; {@code readBefore}
	 * and {@code readIds} are the feed's read marks, {@code lastDigestKey} the last digest period dealt with.
	 */
	record Profile(String displayName, String email, String timeZone, String digest,
			Map<String, String> coalitionDigests, Boolean actionMails, String language, Boolean secretariat,
			Map<String, Person.Membership> coalitions, Instant readBefore, List<String> readIds, String lastDigestKey,
			Map<String, String> digestsDone, Instant createdAt) {

		static Profile of(Person person) {
			return new Profile(person.displayName(), person.email(), person.timeZone(), person.digest(),
					person.coalitionDigests(), person.actionMails(), person.language(), person.secretariat(),
					person.coalitions(), person.readBefore(), person.readIds(), person.lastDigestKey(),
					person.digestsDone(), person.createdAt());
		}
	}

	record FeedItem(String id, String coalitionId, String coalitionName, String type, String title,
			Instant occurredAt, boolean read, String link) {
	}
}
