package org.coalitions.notification.threads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.coalitions.contracts.Language;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.notification.StoreCommands;
import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedProjection;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.texts.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a post concerns personally: the members it mentions (a feed line and one mail each, unless they switched
 * action mails off or muted the thread), those who started or posted in its thread and those who follow it (a
 * feed line); never its author, never someone outside the coalition; a muted thread's lines leave the feed. A
 * poll of posts costs the store one read and one write of the threads, and applied again changes nothing.
 */
class ThreadInterestIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	FeedProjection projection;

	@Autowired
	StoreCommands store;

	@Autowired
	MongoOperations mongo;

	@Autowired
	Texts texts;

	@Test
	void mentionsAndRepliesReachThePeopleTheyConcernOnceEach() throws Exception {
		String ana = person("ana", "UTC", null, true);
		String bo = person("bo", "UTC", null, true);
		String quinn = person("quinn", "UTC", null, false);
		String cy = person("cy", "UTC", null, true);
		String outsider = person("outsider", "UTC", null, true);
		String fleur = frenchSpeaking("fleur");
		String x = coalition(START, "Coalition on Mentions", ana, bo, quinn, cy, fleur);
		String thread = "t-" + x;

		PendingEvent started = publishAt(START.plusSeconds(60), new ThreadStarted(x, thread, "Water rights", ana,
				"Ana", List.of(bo, quinn, outsider)), ana);
		publishAt(START.plusSeconds(120), new ReplyPosted(x, thread, "r1-" + x, "Water rights", bo, "Bo",
				List.of()), bo);
		PendingEvent second = publishAt(START.plusSeconds(180), new ReplyPosted(x, thread, "r2-" + x,
				"Water rights", cy, "Cy", List.of(bo, fleur)), cy);

		Ports.await("bo's lines", WAIT, () -> personalTitles(bo).size() >= 2);
		assertThat(personalTitles(bo)).as("mentioned twice; a participant too, told once per post")
			.containsExactly("Cy mentioned you in \u201cWater rights\u201d", "Ana mentioned you in \u201cWater rights\u201d");
		Ports.await("ana's lines", WAIT, () -> personalTitles(ana).size() >= 2);
		assertThat(personalTitles(ana)).as("the starter hears of each reply, not of her own post").containsExactly(
				"Cy replied in \u201cWater rights\u201d, a thread you take part in",
				"Bo replied in \u201cWater rights\u201d, a thread you take part in");
		Ports.await("quinn's line", WAIT, () -> personalTitles(quinn).size() >= 1);
		assertThat(personalTitles(cy)).as("cy posted last: no reply after hers").isEmpty();
		assertThat(personalTitles(outsider)).as("not a member").isEmpty();

		List<MimeMessage> toBo = awaitMails(address(bo), 2);
		assertThat(toBo).extracting(ThreadInterestIntegrationTests::subject)
			.containsExactlyInAnyOrder("Ana mentioned you in Water rights (Coalition on Mentions)",
					"Cy mentioned you in Water rights (Coalition on Mentions)");
		assertThat(MailParts.of(toBo.get(0)).text()).contains("mentioned you in the thread \u201cWater rights\u201d");
		List<MimeMessage> toFleur = awaitMails(address(fleur), 1);
		assertThat(subject(toFleur.get(0))).as("in the reader's language")
			.isEqualTo("Cy vous mentionne dans Water rights (Coalition on Mentions)");
		assertThat(MailParts.of(toFleur.get(0)).text())
			.contains("Cy vous mentionne dans la discussion \u00ab Water rights \u00bb de Coalition on Mentions.");
		Ports.await("fleur's line", WAIT, () -> !titles(fleur).isEmpty()
				&& titles(fleur).contains("Cy vous mentionne dans \u00ab Water rights \u00bb"));

		events.publish(started);
		events.publish(second);
		assertThat(settledMails(address(bo))).as("redelivered posts mail no one twice").hasSize(2);
		assertThat(personalTitles(bo)).hasSize(2);
		assertThat(mailsTo(address(quinn))).as("action mails off: the feed line only").isEmpty();
		assertThat(mailsTo(address(outsider))).isEmpty();
		assertThat(mailsTo(address(ana))).as("replies reach the feed, not the mailbox (her proposal's mail aside)")
			.extracting(ThreadInterestIntegrationTests::subject)
			.noneMatch(subject -> subject.contains("Water rights"));
	}

	@Test
	void aFollowerHearsOfRepliesAndAMutedThreadIsSilentAndGoneFromTheFeed() {
		String ana = person("ana", "UTC", null, true);
		String bo = person("bo", "UTC", null, true);
		String dee = person("dee", "UTC", null, true);
		String outsider = person("outsider", "UTC", null, true);
		String x = coalition(START, "Coalition on Following", ana, bo, dee);
		String thread = "t-" + x;
		String interest = "/api/coalitions/" + x + "/threads/" + thread + "/interest";
		publishAt(START.plusSeconds(60), new ThreadStarted(x, thread, "Budget", bo, "Bo", List.of()), bo);
		Ports.await("the thread known", WAIT,
				() -> json(get(interest, token(bo))).path("participating").asBoolean());

		assertThat(json(api.put(interest, token(dee), "{\"interest\": \"FOLLOWING\"}").assertStatus(200))
			.path("interest").asString()).isEqualTo("FOLLOWING");
		api.put(interest, token(bo), "{\"interest\": \"MUTED\"}").assertStatus(200);
		assertThat(json(get(interest, token(bo))).path("interest").asString()).isEqualTo("MUTED");
		api.put(interest, token(outsider), "{\"interest\": \"FOLLOWING\"}").assertProblem(403);
		api.put(interest, token(dee), "{\"interest\": \"LOUDER\"}").assertProblem(400);
		api.put("/api/coalitions/other/threads/" + thread + "/interest", token(dee), "{\"interest\": \"MUTED\"}")
			.assertProblem(403);

		publishAt(START.plusSeconds(120), new ReplyPosted(x, thread, "r1-" + x, "Budget", ana, "Ana", List.of(bo)),
				ana);

		Ports.await("dee's line", WAIT, () -> personalTitles(dee).size() >= 1);
		assertThat(personalTitles(dee)).containsExactly("Ana replied in \u201cBudget\u201d, a thread you follow");
		assertThat(settledMails(address(bo))).as("muted: not even a mention mails")
			.extracting(ThreadInterestIntegrationTests::subject)
			.noneMatch(subject -> subject.contains("Budget"));
		assertThat(titles(bo)).as("muted: nothing of the thread in the feed").noneMatch(t -> t.contains("Budget"));
		assertThat(titles(ana)).as("ana, a coordinator, sees the thread's lines but no one's own")
			.anyMatch(t -> t.contains("replied in \u201cBudget\u201d"))
			.noneMatch(t -> t.contains("a thread you follow"));
		assertThat(json(get("/api/feed/me/data", token(bo))).path("threads").valueStream()
			.map(stake -> stake.path("threadId").asString() + " " + stake.path("interest").asString() + " "
					+ !stake.path("postedSince").isNull()))
			.as("bo's data: the thread he started and muted").containsExactly(thread + " MUTED true");
		assertThat(json(get("/api/feed/me/data", token(dee))).path("threads").valueStream()
			.map(stake -> stake.path("threadId").asString() + " " + stake.path("coalitionId").asString() + " "
					+ stake.path("interest").asString() + " " + stake.path("postedSince").isNull()))
			.as("dee's data: a thread she follows without posting").containsExactly(thread + " " + x + " FOLLOWING true");
		assertThat(json(get("/api/feed/me/data", token(outsider))).path("threads")).isEmpty();

		api.put(interest, token(bo), "{\"interest\": \"NONE\"}").assertStatus(200);
		assertThat(titles(bo)).as("unmuted: the lines are back").anyMatch(t -> t.contains("Budget"));
	}

	@Test
	void aPollOfPostsReadsAndWritesTheThreadsOnceAndAgainChangesNothing() {
		String ana = person("ana", "UTC", null, true);
		String bo = person("bo", "UTC", null, true);
		String cy = person("cy", "UTC", null, true);
		String x = coalition(START, "Coalition on Batches", ana, bo, cy);
		String seeds = "seeds-" + x;
		String soil = "soil-" + x;
		List<ReceivedEvent<?>> poll = List.of(
				received(new ThreadStarted(x, seeds, "Seeds", ana, "Ana", List.of(bo)), START.plusSeconds(60)),
				received(new ReplyPosted(x, seeds, "r1", "Seeds", bo, "Bo", List.of()), START.plusSeconds(120)),
				received(new ThreadStarted(x, soil, "Soil", cy, "Cy", List.of(bo)), START.plusSeconds(150)),
				received(new ReplyPosted(x, seeds, "r2", "Seeds", cy, "Cy", List.of(ana)), START.plusSeconds(180)));

		List<String> commands = store.during(() -> projection.apply(poll));

		assertThat(commands).as("the threads read once and written once, the people read once, for four posts")
			.filteredOn(command -> command.endsWith(" thread_interest") || command.endsWith(" people"))
			.containsExactly("find thread_interest", "update thread_interest", "find people");
		List<String> told = personalLines(x);
		assertThat(told).as("each post's people, as if applied one by one").containsExactlyInAnyOrder(
				bo + " mentioned: Ana mentioned you in \u201cSeeds\u201d",
				ana + " reply-in-your-thread: Bo replied in \u201cSeeds\u201d, a thread you take part in",
				bo + " mentioned: Cy mentioned you in \u201cSoil\u201d",
				ana + " mentioned: Cy mentioned you in \u201cSeeds\u201d",
				bo + " reply-in-your-thread: Cy replied in \u201cSeeds\u201d, a thread you take part in");
		ThreadInterest first = mongo.findById(seeds, ThreadInterest.class);
		assertThat(first.posters()).containsOnlyKeys(ana, bo, cy);

		projection.apply(poll);
		assertThat(personalLines(x)).as("the poll redelivered: nothing twice").containsExactlyInAnyOrderElementsOf(told);
		assertThat(mongo.findById(seeds, ThreadInterest.class)).isEqualTo(first);
	}

	private List<String> personalLines(String coalitionId) {
		return mongo
			.find(Query.query(Criteria.where("coalitionId").is(coalitionId).and("audience").is(FeedEntry.PERSON)),
					FeedEntry.class)
			.stream()
			.map(entry -> entry.subjectId() + " " + entry.type() + ": " + entry.titleIn(texts, Language.EN))
			.toList();
	}

	private static ReceivedEvent<?> received(PlatformEvent data, Instant time) {
		return new ReceivedEvent<>(UUID.randomUUID().toString(), "test", "/test", time, "u", Topics.COALITION_EVENTS, 0,
				0, data);
	}

	/** A person whose profile says French. */
	private String frenchSpeaking(String name) {
		String personId = unique(name);
		events.publish(new MemberProfileUpdated(personId, "Name of " + personId, address(personId), "UTC", null, true,
				"fr"), personId);
		awaitPerson(personId, person -> "fr".equals(person.language()));
		return personId;
	}

	private List<String> titles(String personId) {
		return json(get("/api/feed?size=100", token(personId))).path("items")
			.valueStream()
			.map(item -> item.path("title").asString())
			.toList();
	}

	/** The person's own lines: mentions and replies that concern them. */
	private List<String> personalTitles(String personId) {
		return titles(personId).stream()
			.filter(title -> title.contains("mentioned you") || title.contains("a thread you"))
			.toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
