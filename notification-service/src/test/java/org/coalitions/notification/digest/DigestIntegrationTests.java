package org.coalitions.notification.digest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.MeetingScheduled;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digests end to end: events on the real broker, a digest run at a moved clock, mail at a real SMTP server.
 * The scenario's events happen on Monday 9 March 2026 at 21:00 UTC: Tuesday 06:00 in Tokyo and Monday 17:00 in
 * New York (daylight-saving time began there the day before).
 */
class DigestIntegrationTests extends NotificationIntegrationTests {

	static final Instant HAPPENED = Instant.parse("2026-03-09T21:00:00Z");

	static final Instant TOKYO_SEVEN = Instant.parse("2026-03-09T22:00:00Z");

	static final Instant TOKYO_SEVEN_NEXT_MONDAY = Instant.parse("2026-03-15T22:00:00Z");

	static final Instant NEW_YORK_SEVEN_NEXT_DAY = Instant.parse("2026-03-10T11:00:00Z");

	static final Instant NEW_YORK_SEVEN_NEXT_MONDAY = Instant.parse("2026-03-16T11:00:00Z");

	@Autowired
	Digests digests;

	@Autowired
	MongoOperations mongo;

	@Test
	void aCoordinatorOfTwoCoalitionsGetsOneDigestGroupedByCoalitionAndImportance() throws Exception {
		String carla = person("carla", "Asia/Tokyo", null, true);
		String mo = unique("mo");
		Scenario scenario = scenario(carla, mo);

		clock.set(TOKYO_SEVEN.minusSeconds(60));
		digests.run(clock.instant());
		assertThat(settledDigests(address(carla))).as("before 07:00 in Tokyo").isEmpty();

		clock.set(TOKYO_SEVEN.plusSeconds(60));
		digests.run(clock.instant());
		MimeMessage digest = awaitDigests(address(carla), 1).get(0);

		assertThat(digest.getSubject()).isEqualTo("Your daily Coalitions digest: 8 updates in 2 coalitions");
		MailParts parts = MailParts.of(digest);
		assertThat(parts.text()).containsSubsequence("== Coalition on Spam ==", "Join requests awaiting your decision:",
				"Rita <b>R</b> asked to join", "Outcomes:", "Annual report published: \u201cReport 2025\u201d",
				"Meetings:", "Meeting \u201cKick-off\u201d scheduled", "Discussions:",
				"started the thread \u201cTraps\u201d", "== Coalition on Zero Rating ==", "New members:",
				"Name of " + mo + " joined as Member", "Discussions:", "started the thread \u201cPolicy\u201d",
				"replied in \u201cPolicy\u201d", "Life cycle and balance:", "Balance: 2 members");
		assertThat(parts.text()).contains("https://coalitions.test/#/coalitions/" + scenario.spam(),
				"https://coalitions.test/#/coalitions/" + scenario.zeroRating());
		assertThat(parts.html()).contains("Rita &lt;b&gt;R&lt;/b&gt; asked to join")
			.doesNotContain("<b>R</b>")
			.contains("href=\"https://coalitions.test/#/coalitions/" + scenario.spam() + "\"")
			.contains("Tue 10 Mar, 06:00");
		String unsubscribe = digest.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).startsWith("<https://coalitions.test/api/unsubscribe?token=");
		assertThat(parts.text()).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

		digests.run(clock.instant());
		clock.advance(Duration.ofHours(3));
		digests.run(clock.instant());
		assertThat(settledDigests(address(carla))).as("one digest per period").hasSize(1);
	}

	@Test
	void eachPersonsDigestFollowsTheirOwnTimeZoneAndFrequency() {
		String carla = person("carla", "Asia/Tokyo", "OFF", true);
		String mo = person("mo", "America/New_York", null, true);
		String nina = person("nina", "America/New_York", "DAILY", true);
		Scenario scenario = scenario(carla, mo);
		publishAt(HAPPENED.minus(Duration.ofDays(3)), new MemberJoined(scenario.spam(), nina, "Name of " + nina,
				"GOVERNMENT", "US", "MEMBER"), nina);
		awaitPerson(nina, person -> person.coalitions().containsKey(scenario.spam()));

		clock.set(TOKYO_SEVEN.plusSeconds(60));
		digests.run(clock.instant());
		clock.set(NEW_YORK_SEVEN_NEXT_DAY.minusSeconds(60));
		digests.run(clock.instant());
		assertThat(settledDigests(address(nina))).as("not yet 07:00 in New York").isEmpty();

		clock.set(NEW_YORK_SEVEN_NEXT_DAY.plusSeconds(60));
		digests.run(clock.instant());
		List<MimeMessage> ninas = awaitDigests(address(nina), 1);
		assertThat(subject(ninas.get(0))).as("a member sees no join requests")
			.isEqualTo("Your daily Coalitions digest: 3 updates in 1 coalition");
		assertThat(settledDigests(address(mo))).as("members get the weekly digest, on Monday").isEmpty();
		assertThat(settledDigests(address(carla))).as("digest switched off").isEmpty();

		clock.set(NEW_YORK_SEVEN_NEXT_MONDAY.plusSeconds(60));
		digests.run(clock.instant());
		assertThat(subject(awaitDigests(address(mo), 1).get(0)))
			.isEqualTo("Your weekly Coalitions digest: 4 updates in 1 coalition");
	}

	@Test
	void aCoalitionOnItsOwnDigestLeavesTheOtherDigestAndComesInItsOwn() throws Exception {
		String carla = person("carla", "Asia/Tokyo", null, true);
		Scenario scenario = scenario(carla, unique("mo"));
		events.publish(new MemberProfileUpdated(carla, "Name of " + carla, address(carla), "Asia/Tokyo", null, true,
				null, Map.of(scenario.zeroRating(), "WEEKLY")), carla);
		awaitPerson(carla, person -> person.digestOf(scenario.zeroRating()) == DigestPreference.WEEKLY);

		clock.set(TOKYO_SEVEN.plusSeconds(60));
		digests.run(clock.instant());
		Ports.await("carla's daily digest", WAIT, () -> digestsAmong(mailsTo(address(carla))).stream()
			.anyMatch(mail -> subject(mail).startsWith("Your daily")));
		MimeMessage daily = digestsAmong(mailsTo(address(carla))).stream()
			.filter(mail -> subject(mail).startsWith("Your daily"))
			.findFirst()
			.orElseThrow();
		assertThat(subject(daily)).as("a coordinator's daily digest, without the coalition on weekly")
			.isEqualTo("Your daily Coalitions digest: 4 updates in 1 coalition");
		assertThat(MailParts.of(daily).text()).contains("== Coalition on Spam ==").doesNotContain("Zero Rating");
		assertThat(settledDigests(address(carla))).as("last week's weekly digest, if any: without the other")
			.filteredOn(mail -> subject(mail).startsWith("Your weekly"))
			.allSatisfy(weekly -> assertThat(text(weekly)).doesNotContain("Coalition on Spam"));
		int before = settledDigests(address(carla)).size();

		clock.set(TOKYO_SEVEN_NEXT_MONDAY.plusSeconds(60));
		digests.run(clock.instant());
		digests.run(clock.instant());
		List<MimeMessage> after = settledDigests(address(carla));
		assertThat(after).as("this week's weekly digest, once; no daily one: nothing new on Spam").hasSize(before + 1);
		MimeMessage weekly = after.stream()
			.filter(mail -> text(mail).contains("Policy"))
			.findFirst()
			.orElseThrow();
		assertThat(subject(weekly)).isEqualTo("Your weekly Coalitions digest: 4 updates in 1 coalition");
		assertThat(MailParts.of(weekly).text()).contains("== Coalition on Zero Rating ==", "\u201cPolicy\u201d")
			.doesNotContain("Coalition on Spam");
	}

	@Test
	void aRunCutOffAfterQueueingOrTwoRunsAtOnceStillMailOnce() throws Exception {
		String carla = person("carla", "Asia/Tokyo", null, true);
		Scenario scenario = scenario(carla, unique("mo"));
		PendingEvent again = publishAt(HAPPENED.plusSeconds(5), new ThreadStarted(scenario.spam(), "t-once", "Once",
				carla, "Name of " + carla), carla);
		events.publish(again);
		events.publish(again);
		Thread.sleep(1000);
		clock.set(TOKYO_SEVEN.plusSeconds(60));

		CompletableFuture<Digests.RunSummary> first = CompletableFuture.supplyAsync(() -> digests.run(clock.instant()));
		CompletableFuture<Digests.RunSummary> second = CompletableFuture.supplyAsync(() -> digests.run(clock.instant()));
		first.get();
		second.get();
		// as if the service had stopped after queueing the digest, before noting it: the next run comes by again
		mongo.updateFirst(Query.query(Criteria.where("_id").is(carla)), new Update().unset("digestsDone"), "people");
		digests.run(clock.instant());

		List<MimeMessage> mails = settledDigests(address(carla));
		assertThat(mails).hasSize(1);
		assertThat(MailParts.of(mails.get(0)).text()).containsOnlyOnce("\u201cOnce\u201d");
	}

	@Test
	void theUnsubscribeLinkWorksWithoutSignInAndATamperedOneIsRefused() throws Exception {
		String carla = person("carla", "Asia/Tokyo", null, true);
		scenario(carla, unique("mo"));
		clock.set(TOKYO_SEVEN.plusSeconds(60));
		digests.run(clock.instant());
		String header = awaitDigests(address(carla), 1).get(0).getHeader("List-Unsubscribe")[0];
		String token = URLDecoder.decode(header.substring(header.indexOf("token=") + 6, header.length() - 1),
				StandardCharsets.UTF_8);

		ApiResponse page = get("/api/unsubscribe?token=" + token, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form method=\"post\"").contains("Stop receiving the Coalitions email digest?");
		assertThat(people.find(carla).orElseThrow().digest()).as("showing the page changes nothing").isNull();

		String tampered = token.replaceFirst("^[^.]+", java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("someone-else".getBytes(StandardCharsets.UTF_8)));
		ApiResponse refused = post("/api/unsubscribe?token=" + tampered, null,
				"application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(get("/api/unsubscribe?token=garbage", null).statusCode()).isEqualTo(400);

		try (EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.PEOPLE_EVENTS)) {
			ApiResponse done = post("/api/unsubscribe?token=" + token, null,
					"application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
			assertThat(done.statusCode()).isEqualTo(200);
			assertThat(done.body()).contains("You are unsubscribed");
			assertThat(people.find(carla).orElseThrow().digest()).isEqualTo("OFF");
			List<MailOptedOut> told = probe
				.await(record -> carla.equals(record.key()) && "org.coalitions.people.mail-opted-out.v1"
					.equals(EventProbe.header(record, CloudEvents.TYPE)), 1, WAIT)
				.stream()
				.map(record -> EventJson.read(record.value(), MailOptedOut.class))
				.toList();
			assertThat(told).as("membership-service, which owns the preference, is told")
				.containsExactly(new MailOptedOut(carla, MailOptedOut.DIGEST));
		}

		publishAt(TOKYO_SEVEN.plus(Duration.ofHours(2)), new ThreadStarted(scenarioOf(carla), "t-late", "Late", carla,
				"Name of " + carla), carla);
		clock.set(TOKYO_SEVEN.plus(Duration.ofDays(1)).plusSeconds(60));
		Thread.sleep(500);
		digests.run(clock.instant());
		assertThat(settledDigests(address(carla))).as("no digest after unsubscribing").hasSize(1);
	}

	@Test
	void aPersonCanAskForTheirDigestNow() throws Exception {
		String carla = person("carla", "Asia/Tokyo", null, true);
		scenario(carla, unique("mo"));
		clock.set(HAPPENED.plus(Duration.ofHours(1)));

		ApiResponse asked = post("/api/digests/preview", token(carla), null, "");
		assertThat(asked.statusCode()).isEqualTo(202);
		assertThat(json(asked).path("queued").asBoolean()).isTrue();
		assertThat(subject(awaitDigests(address(carla), 1).get(0)))
			.isEqualTo("Your daily Coalitions digest: 8 updates in 2 coalitions");
		assertThat(post("/api/digests/preview", null, null, "").statusCode()).isEqualTo(401);
	}

	record Scenario(String spam, String zeroRating) {
	}

	/**
	 * Two coalitions that {@code coordinator} coordinates, made three days before; on Monday 21:00 UTC a pending
	 * join request, an outcome, a meeting and a thread in the first; a new member, a thread with a reply and a
	 * balance change in the second.
	 */
	private Scenario scenario(String coordinator, String member) {
		Instant before = HAPPENED.minus(Duration.ofDays(3));
		String spam = coalition(before, "Coalition on Spam", coordinator);
		String zeroRating = coalition(before.plusSeconds(30), "Coalition on Zero Rating", coordinator);
		String rita = unique("rita");
		publishAt(HAPPENED, new JoinRequested(spam, "req-" + spam, rita, "Rita <b>R</b>", "GOVERNMENT", "BR", null), rita);
		publishAt(HAPPENED.plusSeconds(1), new OutcomePublished(spam, "o1", "ANNUAL_REPORT", "Report 2025", 2025),
				coordinator);
		publishAt(HAPPENED.plusSeconds(2), new MeetingScheduled(spam, "m1", "Kick-off",
				Instant.parse("2026-03-20T09:00:00Z"), "Europe/Paris"), coordinator);
		publishAt(HAPPENED.plusSeconds(3), new ThreadStarted(spam, "t-traps", "Traps", coordinator,
				"Name of " + coordinator), coordinator);
		publishAt(HAPPENED, new MemberJoined(zeroRating, member, "Name of " + member, "GOVERNMENT", "BR", "MEMBER"),
				member);
		publishAt(HAPPENED.plusSeconds(1), new ThreadStarted(zeroRating, "t-policy", "Policy", member,
				"Name of " + member), member);
		publishAt(HAPPENED.plusSeconds(2), new ReplyPosted(zeroRating, "t-policy", "r1", "Policy", coordinator,
				"Name of " + coordinator), coordinator);
		publishAt(HAPPENED.plusSeconds(3), new BalanceChanged(zeroRating, 2,
				java.util.Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1), java.util.Map.of("AFRICAN", 1, "GRULAC", 1), 2, 2,
				false), "membership-service");
		awaitPerson(member, person -> person.coalitions().containsKey(zeroRating));
		Ports.await("the scenario's entries in the feed", WAIT,
				() -> json(get("/api/feed?size=100", token(coordinator))).path("total").asLong() >= 12);
		return new Scenario(spam, zeroRating);
	}

	private String scenarioOf(String coordinator) {
		return people.find(coordinator).orElseThrow().coalitions().keySet().iterator().next();
	}

	/** The digests among the mails to the address (the scenario's join request also makes an action mail). */
	private static List<MimeMessage> digestsAmong(List<MimeMessage> mails) {
		return mails.stream().filter(mail -> subject(mail).matches("Your (daily|weekly) Coalitions digest.*")).toList();
	}

	private static List<MimeMessage> awaitDigests(String address, int count) {
		Ports.await(count + " digest(s) to " + address, WAIT, () -> digestsAmong(mailsTo(address)).size() >= count);
		return digestsAmong(mailsTo(address));
	}

	private static List<MimeMessage> settledDigests(String address) {
		return digestsAmong(settledMails(address));
	}

	private static String text(MimeMessage mail) {
		try {
			return MailParts.of(mail).text();
		}
		catch (jakarta.mail.MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
