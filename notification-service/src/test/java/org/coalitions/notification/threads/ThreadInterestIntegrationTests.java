package org.coalitions.notification.threads;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.infra.Ports;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a post concerns personally: the members it mentions (a feed line and one mail each, unless they switched
 * action mails off or muted the thread), those who started or posted in its thread and those who follow it (a
 * feed line); never its author, never someone outside the coalition; a muted thread's lines leave the feed.
 */
class ThreadInterestIntegrationTests extends NotificationIntegrationTests {

	@Test
	void mentionsAndRepliesReachThePeopleTheyConcernOnceEach() throws Exception {
		String ana = person("ana", "UTC", null, true);
		String bo = person("bo", "UTC", null, true);
		String quinn = person("quinn", "UTC", null, false);
		String cy = person("cy", "UTC", null, true);
		String outsider = person("outsider", "UTC", null, true);
		String x = coalition(START, "Coalition on Mentions", ana, bo, quinn, cy);
		String thread = "t-" + x;

		PendingEvent started = publishAt(START.plusSeconds(60), new ThreadStarted(x, thread, "Water rights", ana,
				"Ana", List.of(bo, quinn, outsider)), ana);
		publishAt(START.plusSeconds(120), new ReplyPosted(x, thread, "r1-" + x, "Water rights", bo, "Bo",
				List.of()), bo);
		PendingEvent second = publishAt(START.plusSeconds(180), new ReplyPosted(x, thread, "r2-" + x,
				"Water rights", cy, "Cy", List.of(bo)), cy);

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
		assertThat(MailParts.of(toBo.get(0)).text()).contains("mentioned you in the thread \"Water rights\"");

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

		api.put(interest, token(bo), "{\"interest\": \"NONE\"}").assertStatus(200);
		assertThat(titles(bo)).as("unmuted: the lines are back").anyMatch(t -> t.contains("Budget"));
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
