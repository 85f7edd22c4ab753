package org.coalitions.notification.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.bson.Document;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.notification.mail.Mail;
import org.coalitions.notification.mail.MailQueue;
import org.coalitions.notification.people.Person;
import org.coalitions.notification.people.Person.Membership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A digest run's summaries against the store: every person's digest made from the period's summary (or, for
 * those who joined a coalition within the period, from the run's pass of their own) says exactly what one made
 * from their own feed query ({@link Feed#between}) says, but for the shortening to the latest entries of each
 * kind. Entries and people are written straight into the store, in a period of their own (the day up to
 * Tuesday 12 January 2027, 07:00 UTC).
 */
class DigestSummaryIntegrationTests extends NotificationIntegrationTests {

	static final Instant FROM = Instant.parse("2027-01-11T07:00:00Z");

	static final Instant TO = Instant.parse("2027-01-12T07:00:00Z");

	static final Instant LONG_AGO = FROM.minus(Duration.ofDays(30));

	static final Instant MID = FROM.plus(Duration.ofHours(12)).plusMillis(500);

	@Autowired
	Digests digests;

	@Autowired
	MailQueue queue;

	@Autowired
	MongoOperations mongo;

	String alpha;

	String beta;

	String gamma;

	String rita;

	Map<String, Person> cast;

	@BeforeEach
	void fill() {
		alpha = unique("alpha");
		beta = unique("beta");
		gamma = unique("gamma");
		rita = unique("rita");
		mongo.getCollection("feed_coalitions")
			.insertMany(List.of(new Document("_id", alpha).append("name", "Alpha " + alpha),
					new Document("_id", beta).append("name", "Beta " + beta),
					new Document("_id", gamma).append("name", "Gamma " + gamma)));
		List<FeedEntry> entries = new ArrayList<>();
		for (int i = 0; i < 12; i++) { // every two hours, half before MID and half after
			entries.add(members(alpha, Category.THREADS, FROM.plus(Duration.ofHours(2 * i)).plusSeconds(i)));
		}
		entries.add(members(alpha, Category.OUTCOMES, FROM.plusSeconds(60)));
		entries.add(members(alpha, Category.OUTCOMES, TO.minusSeconds(60)));
		entries.add(members(alpha, Category.THREADS, FROM.minusMillis(1))); // before the period
		entries.add(members(alpha, Category.THREADS, TO)); // after it
		entries.add(request(alpha, FROM.plus(Duration.ofHours(3)), true)); // pending, of the period
		entries.add(request(alpha, LONG_AGO.plusSeconds(5), true)); // pending for long
		entries.add(request(alpha, FROM.plus(Duration.ofHours(4)), false)); // decided...
		entries.add(new FeedEntry(unique("e"), alpha, "join-request-decided", Category.CHANGES, "Rita was accepted",
				"someone", FROM.plus(Duration.ofHours(5)), FeedEntry.COORDINATORS, rita, null, "req", "/l/decided"));
		for (int i = 0; i < 3; i++) {
			entries.add(members(beta, Category.MEETINGS, FROM.plus(Duration.ofHours(1 + 6 * i))));
		}
		entries.add(members(beta, Category.NEW_MEMBERS, FROM.plus(Duration.ofHours(20))));
		entries.add(new FeedEntry(unique("e"), beta, "join-request-decided", Category.CHANGES, "Someone was turned down",
				"someone", FROM.plus(Duration.ofHours(2)), FeedEntry.COORDINATORS, unique("else"), null, "req",
				"/l/other"));
		for (int i = 0; i < 7; i++) {
			entries.add(members(gamma, Category.CHANGES, FROM.plus(Duration.ofHours(3 * i))));
		}
		mongo.insertAll(entries);

		cast = Map.of("coordinator", person(unique("coordinator"), Map.of(alpha, coordinator(LONG_AGO), beta,
				coordinator(LONG_AGO))), "member", person(unique("member"), Map.of(alpha, member(LONG_AGO))),
				"fromTheStart", person(unique("from-start"), Map.of(alpha, member(FROM))), "joinedMidPeriod",
				person(unique("joiner"), Map.of(alpha, member(MID), gamma, coordinator(LONG_AGO))),
				"coordinatorJoinedMidPeriod", person(unique("co-joiner"), Map.of(beta, coordinator(MID))), "rita",
				person(rita, Map.of(gamma, member(LONG_AGO))), "joinedAfter",
				person(unique("after"), Map.of(alpha, coordinator(TO))));
		mongo.insertAll(cast.values());
	}

	private static List<DigestRun.Due> due(java.util.Collection<Person> people, DigestPeriod period) {
		return people.stream().map(person -> new DigestRun.Due(person, period)).toList();
	}

	@Test
	void thoseWhoJoinedWithinThePeriodGetTheirViewsFromTheSamePassAsTheSummary() {
		DigestPeriod period = period();
		DigestRun run = new DigestRun(feed, null, due(cast.values(), period));
		PeriodSummary summary = run.summary(period);
		cast.forEach((role, person) -> {
			Map<String, Tallies> view = summary.viewOf(person);
			assertThat(view).as(role).isNotNull();
			assertThat(fromSummary(run, period, person, view)).as(role).isEqualTo(fromOwnQuery(person));
		});
		Person joiner = cast.get("joinedMidPeriod");
		Person changed = new Person(joiner.id(), joiner.displayName(), joiner.email(), joiner.timeZone(),
				joiner.digest(), true, Map.of(alpha, member(MID.plusSeconds(1))), null, null, null, LONG_AGO, null, null,
				null, null, null);
		assertThat(summary.viewOf(changed)).as("memberships changed since: a pass of their own").isNull();
	}

	@Test
	void everyonesDigestFromTheSummarySaysWhatTheirOwnFeedQuerySays() {
		DigestPeriod period = period();
		DigestRun run = new DigestRun(feed, null, List.of());
		PeriodSummary summary = run.summary(period);
		List<Person> deferred = new ArrayList<>();
		cast.forEach((role, person) -> {
			Map<String, Tallies> view = summary.viewOf(person);
			if (view == null) {
				deferred.add(person);
				return;
			}
			assertThat(fromSummary(run, period, person, view)).as(role).isEqualTo(fromOwnQuery(person));
		});
		assertThat(deferred).extracting(Person::id)
			.containsExactlyInAnyOrder(cast.get("joinedMidPeriod").id(), cast.get("coordinatorJoinedMidPeriod").id());
		Map<String, Map<String, Tallies>> views = run.personalViews(period, deferred);
		for (Person person : deferred) {
			assertThat(fromSummary(run, period, person, views.get(person.id()))).as(person.id())
				.isEqualTo(fromOwnQuery(person));
		}
	}

	@Test
	void theRunsPeriodsAreSummarisedInOnePassOverTheFeed() {
		DigestPeriod day = period();
		DigestPeriod week = new DigestPeriod("weekly-2027-01-12", FROM.minus(Duration.ofDays(6)), TO,
				day.sentOn(), DigestPreference.WEEKLY);
		Set<String> weekly = Set.of("member", "joinedMidPeriod", "rita");
		Map<String, DigestPeriod> dueFor = new HashMap<>();
		cast.forEach((role, person) -> dueFor.put(person.id(), weekly.contains(role) ? week : day));
		DigestRun run = new DigestRun(feed, null, cast.values()
			.stream()
			.map(person -> new DigestRun.Due(person, dueFor.get(person.id())))
			.toList());

		Map<String, PeriodSummary> summaries = Map.of("day", run.summary(day), "week", run.summary(week));
		assertThat(run.passes()).as("the second period was read in the first one's pass").isEqualTo(1);
		cast.forEach((role, person) -> {
			DigestPeriod period = dueFor.get(person.id());
			Map<String, Tallies> view = summaries.get(period == week ? "week" : "day").viewOf(person);
			assertThat(view).as(role).isNotNull();
			assertThat(fromSummary(run, period, person, view)).as(role)
				.isEqualTo(fromOwnQuery(person, period.from(), period.to()));
		});
		assertThat(run.summary(week)).isSameAs(summaries.get("week"));
		assertThat(run.passes()).isEqualTo(1);
	}

	@Test
	void countsTheLatestFewAndHowManyMoreAndKeepsVisibilityPerPerson() {
		DigestPeriod period = period();
		DigestRun run = new DigestRun(feed, null, List.of());

		DigestContent member = content(run, period, cast.get("member"));
		assertThat(member.updates()).as("12 threads and 2 outcomes; no join requests or decisions").isEqualTo(14);
		assertThat(member.coalitions()).hasSize(1);
		assertThat(member.coalitions().get(0).kinds()).extracting(DigestContent.KindSection::heading,
				section -> section.items().size(), DigestContent.KindSection::more)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Outcomes", 2, 0),
					org.assertj.core.groups.Tuple.tuple("Discussions", 5, 7));
		assertThat(member.coalitions().get(0).kinds().get(1).items()).extracting(DigestContent.Item::when)
			.as("the latest five, oldest first")
			.containsExactly("Mon 11 Jan, 21:00", "Mon 11 Jan, 23:00", "Tue 12 Jan, 01:00", "Tue 12 Jan, 03:00",
					"Tue 12 Jan, 05:00");

		DigestContent coordinator = content(run, period, cast.get("coordinator"));
		assertThat(coordinator.updates()).as("alpha: 12 + 2 + a decision + the request of the period; beta: 5")
			.isEqualTo(21);
		assertThat(coordinator.coalitions()).extracting(DigestContent.CoalitionSection::name)
			.containsExactly("Alpha " + alpha, "Beta " + beta);
		assertThat(coordinator.coalitions().get(0).kinds().get(0).heading())
			.isEqualTo("Join requests awaiting your decision");
		assertThat(coordinator.coalitions().get(0).kinds().get(0).items()).as("both pending, whenever they came")
			.hasSize(2);

		DigestContent joiner = content(run, period, cast.get("joinedMidPeriod"));
		assertThat(joiner.updates()).as("alpha's 6 threads and 1 outcome since joining, gamma's 7 changes")
			.isEqualTo(14);

		DigestContent coJoiner = content(run, period, cast.get("coordinatorJoinedMidPeriod"));
		assertThat(coJoiner.updates()).as("beta since joining: a meeting and a new member").isEqualTo(2);

		DigestContent ritas = content(run, period, cast.get("rita"));
		assertThat(ritas.updates()).as("gamma's 7 changes and the decision about her in alpha").isEqualTo(8);
		assertThat(ritas.coalitions()).extracting(DigestContent.CoalitionSection::name)
			.containsExactly("Alpha " + alpha, "Gamma " + gamma);

		assertThat(content(run, period, cast.get("joinedAfter")).isEmpty())
			.as("joined after the period: requests pending, but no update, so no digest")
			.isTrue();
	}

	@Test
	void aRunQueuesEachDigestOnceWithTheLatestFewAndHowManyMore() {
		Instant now = TO.plusSeconds(60);
		digests.run(now);
		Person member = cast.get("member");
		Mail mail = queue.find("digest:" + member.id() + ":daily-2027-01-12").orElseThrow();
		assertThat(mail.subject()).isEqualTo("Your daily Coalitions digest: 14 updates in 1 coalition");
		assertThat(mail.text()).contains("  - and 7 more").doesNotContain("asked to join");
		assertThat(mail.html()).contains("and 7 more");
		Person joiner = cast.get("joinedMidPeriod");
		assertThat(queue.find("digest:" + joiner.id() + ":daily-2027-01-12").orElseThrow().subject())
			.isEqualTo("Your daily Coalitions digest: 14 updates in 2 coalitions");
		assertThat(queue.find("digest:" + cast.get("joinedAfter").id() + ":daily-2027-01-12")).as("nothing new")
			.isEmpty();
		assertThat(people.find(cast.get("joinedAfter").id()).orElseThrow().digestsDone())
			.containsEntry("DAILY", "daily-2027-01-12");

		Digests.RunSummary again = digests.run(now.plusSeconds(60));
		assertThat(again.queued()).isZero();
		long queued = mongo.getCollection("mail_queue")
			.countDocuments(new Document("_id", new Document("$regex", "^digest:(" + String.join("|",
					cast.values().stream().map(Person::id).toList()) + "):")));
		assertThat(queued).isEqualTo(6);
	}

	private static DigestPeriod period() {
		return new DigestPeriod("daily-2027-01-12", FROM, TO, TO.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
				DigestPreference.DAILY);
	}

	private DigestContent content(DigestRun run, DigestPeriod period, Person person) {
		Map<String, Tallies> view = run.summary(period).viewOf(person);
		if (view == null) {
			view = run.personalViews(period, List.of(person)).get(person.id());
		}
		return fromSummary(run, period, person, view);
	}

	private static DigestContent fromSummary(DigestRun run, DigestPeriod period, Person person,
			Map<String, Tallies> view) {
		return DigestContent.of(view, run.pendingFor(person), DigestRun.happenedIn(period, person), run.names(),
				person.zone(), path -> path, person.writesIn(), DigestContentTests.TEXTS);
	}

	private DigestContent fromOwnQuery(Person person) {
		return fromOwnQuery(person, FROM, TO);
	}

	private DigestContent fromOwnQuery(Person person, Instant from, Instant to) {
		List<FeedEntry> happened = feed.between(person, from, to);
		List<FeedEntry> pending = feed.pendingJoinRequests(person);
		return DigestContent.of(happened, pending, feed.coalitionNames(
				Stream.concat(happened.stream(), pending.stream()).map(FeedEntry::coalitionId).distinct().toList()),
				person.zone(), path -> path, person.writesIn(), DigestContentTests.TEXTS);
	}

	private static FeedEntry members(String coalition, Category category, Instant at) {
		String id = unique("e");
		return new FeedEntry(id, coalition, category.name().toLowerCase(), category, category + " at " + at,
				"someone", at, FeedEntry.MEMBERS, null, null, null, "/l/" + id);
	}

	private static FeedEntry request(String coalition, Instant at, boolean pending) {
		String id = unique("e");
		return new FeedEntry(id, coalition, "join-requested", Category.JOIN_REQUESTS, "Someone asked to join",
				"someone", at, FeedEntry.COORDINATORS, null, pending, id, "/l/" + id);
	}

	private static Person person(String id, Map<String, Membership> coalitions) {
		return new Person(id, "Name of " + id, address(id), "UTC", "DAILY", true, coalitions, null, null, null,
				LONG_AGO, null, null, null, null, null);
	}

	private static Membership coordinator(Instant since) {
		return new Membership(Person.COORDINATOR, since);
	}

	private static Membership member(Instant since) {
		return new Membership("MEMBER", since);
	}
}
