package org.coalitions.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.body;

/**
 * Each reporting reminder reaches each coordinator once, whatever restarts, on the real stack. A coalition founded in
 * 2024 (its commands dated with {@code Coalitions-Occurred-At}, which the local stack honours) filed its 2024 report
 * and not its 2025 one, due on 31 March 2026. The life-cycle check, run as of a day in each reminder's window (the
 * header makes that day the check's "now"), and run twice each time, publishes DUE_IN_30_DAYS, DUE_IN_7_DAYS and
 * OVERDUE; notification-service is killed after the first has been mailed and started again while the second waits
 * in Kafka. Each of the two coordinators then holds exactly one mail per reminder, and the standing reminder heads
 * their digest.
 * <p>
 * The check runs over every coalition, so the demo coalitions are checked as of those days too; a check as of now
 * at the end leaves them as the present sees them.
 */
@ExtendWith(SharedLocalStack.class)
class ReportingReminderSystemTests {

	private static final Duration WAIT = Duration.ofSeconds(90);

	private static final String OCCURRED_AT = "Coalitions-Occurred-At";

	private final LocalStack stack;

	private final Mailboxes mailboxes;

	ReportingReminderSystemTests(LocalStack stack) {
		this.stack = stack;
		this.mailboxes = new Mailboxes(stack);
	}

	@Test
	void eachReminderIsMailedOnceToEachCoordinatorAcrossARestartOfNotificationService() throws Exception {
		String name = "Reminders " + UUID.randomUUID().toString().substring(0, 8);
		boolean notificationServiceDown = false;
		try {
			String id = aCoalitionFoundedIn2024ThatFiledItsFirstReport(name);
			List<String> coordinators = List.of(address("dana"), address("bruno"));
			// the secretariat's approval reached both coordinators: notification-service knows them as such
			for (String coordinator : coordinators) {
				awaitMail(coordinator, "Your proposal of " + name + " was approved");
			}
			String dueIn30Days = "Annual report 2025 of " + name + ": due in 30 days";
			String dueIn7Days = "Annual report 2025 of " + name + ": due in 7 days";
			String overdue = "Annual report 2025 of " + name + ": overdue";

			checkAsOf(2026, 3, 5);
			checkAsOf(2026, 3, 5);
			for (String coordinator : coordinators) {
				awaitMail(coordinator, dueIn30Days);
			}

			stack.kill("notification-service");
			notificationServiceDown = true;
			checkAsOf(2026, 3, 28);
			checkAsOf(2026, 3, 28);
			stack.startStopped();
			notificationServiceDown = false;
			// caught up: the reminder published while it was down is mailed
			for (String coordinator : coordinators) {
				awaitMail(coordinator, dueIn7Days);
			}

			checkAsOf(2026, 4, 2);
			checkAsOf(2026, 4, 2);
			assertThat(headline(id)).isEqualTo("2025 OVERDUE 2026-03-31");
			for (String coordinator : coordinators) {
				awaitMail(coordinator, overdue);
			}

			// queued after every reminder, so once it is in the mailbox no reminder is still on its way; it has
			// today's thread to tell
			Ports.await("dana's digest queued", WAIT, () -> {
				HttpResponse<String> preview = call("POST", "NOTIFICATION", "/api/digests/preview", "dana", null, null);
				assertThat(preview.statusCode()).as(preview.body()).isEqualTo(202);
				return LocalStack.json(preview.body()).path("queued").asBoolean();
			});
			String digest = awaitDigestTelling(address("dana"), name);
			String standing = "- " + name + ": The annual report for 2025 was due on 31 March 2026 and is overdue";
			assertThat(digest).as("the reminder heads the digest").contains("** Annual reports **", standing);
			int firstSection = digest.indexOf("\n== ");
			assertThat(firstSection < 0 || digest.indexOf(standing) < firstSection).as(digest).isTrue();

			for (String coordinator : coordinators) {
				List<String> reminders = subjects(coordinator).stream()
					.filter(subject -> subject.startsWith("Annual report 2025 of " + name + ":"))
					.toList();
				assertThat(reminders).as("the reminders mailed to " + coordinator).hasSize(3);
				assertThat(reminders).filteredOn(subject -> subject.startsWith(dueIn30Days)).hasSize(1);
				assertThat(reminders).filteredOn(subject -> subject.startsWith(dueIn7Days)).hasSize(1);
				assertThat(reminders).filteredOn(subject -> subject.startsWith(overdue)).hasSize(1);
			}
		}
		finally {
			// the stack is shared by the next classes: whole again, and the demo coalitions, checked as of March
			// and April too, as the present sees them (a failure here must not hide the test's own)
			if (notificationServiceDown) {
				stack.startStopped();
			}
			call("POST", "COALITION", "/api/lifecycle/check", "sam", null, null);
		}
	}

	/**
	 * Proposed by dana in February 2024, joined by bruno and chen (three stakeholder groups), bruno made a second
	 * coordinator, approved by the secretariat, its 2024 report filed in February 2025; a thread posted today.
	 */
	private String aCoalitionFoundedIn2024ThatFiledItsFirstReport(String name) {
		for (String user : List.of("dana", "bruno", "chen", "sam")) {
			body(call("GET", "MEMBERSHIP", "/api/me", user, null, null), 200); // profiles from the tokens
		}
		String id = body(call("POST", "COALITION", "/api/coalitions", "dana", """
				{"name": "%s", "theme": "OTHER", "themeName": "Reporting",
				 "summary": "A coalition that reports in time, then misses a deadline.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Someone must test the reminders.",
				   "actionPlan": "Report for 2024; forget the 2025 report.", "contactPersons": ["Dana"]}}
				""".formatted(name), at(2024, 2, 10)), 201).get("id").asString();
		Ports.await(name + " in membership-service", WAIT, () -> call("GET", "MEMBERSHIP",
				"/api/coalitions/" + id + "/membership-info", null, null, null).statusCode() == 200);
		for (String member : List.of("bruno", "chen")) {
			body(call("POST", "MEMBERSHIP", "/api/coalitions/" + id + "/members", member, "{}", at(2024, 3, 1)), 201);
		}
		String bruno = body(call("GET", "MEMBERSHIP", "/api/me", "bruno", null, null), 200).get("id").asString();
		Ports.await("bruno made a coordinator by dana", WAIT, () -> call("PUT", "MEMBERSHIP",
				"/api/coalitions/" + id + "/members/" + bruno + "/role", "dana", "{\"role\": \"COORDINATOR\"}",
				at(2024, 3, 5)).statusCode() == 200);
		HttpResponse<String> approved = call("POST", "COALITION", "/api/coalitions/" + id + "/review", "sam",
				"{\"decision\": \"APPROVED\", \"message\": \"Welcome to the forum.\"}", at(2024, 3, 15));
		assertThat(approved.statusCode()).as("the secretariat's review: " + approved.body()).isBetween(200, 299);
		Ports.await(name + " active", WAIT, () -> "ACTIVE".equals(
				body(call("GET", "COALITION", "/api/coalitions/" + id, null, null, null), 200).path("status").asString()));
		String draft = body(call("POST", "COALITION", "/api/coalitions/" + id + "/outcomes", "dana",
				"{\"kind\": \"ANNUAL_REPORT\", \"title\": \"Annual report 2024\", \"body\": \"What we did.\", "
						+ "\"reportingCycle\": 2024}", at(2025, 2, 20)), 201).get("id").asString();
		body(call("POST", "COALITION", "/api/coalitions/" + id + "/outcomes/" + draft + "/publish", "dana",
				null, at(2025, 2, 20)), 200);
		body(call("POST", "COALITION", "/api/coalitions/" + id + "/threads", "chen",
				"{\"title\": \"Our 2025 report\", \"body\": \"Who writes it?\"}", null), 201);
		return id;
	}

	/** The life-cycle check as the secretariat runs it, as of that day (the local stack honours the header). */
	private void checkAsOf(int year, int month, int day) {
		HttpResponse<String> checked = call("POST", "COALITION", "/api/lifecycle/check", "sam", null,
				at(year, month, day));
		assertThat(checked.statusCode()).as(checked.body()).isEqualTo(204);
	}

	/** "cycle STATE deadline" of the coalition's headline report, as its page gets it. */
	private String headline(String id) {
		JsonNode headline = body(call("GET", "COALITION", "/api/coalitions/" + id + "/reporting", null, null,
				null), 200).path("headline");
		return headline.path("cycle").asString() + " " + headline.path("state").asString() + " "
				+ headline.path("deadline").asString();
	}

	private String address(String user) {
		return body(call("GET", "MEMBERSHIP", "/api/me", user, null, null), 200).get("email").asString();
	}

	private static String at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
	}

	private HttpResponse<String> call(String method, String component, String path, String user, String body,
			String occurredAt) {
		return stack.request(method, stack.url(component, path), user == null ? null : stack.token(user), body,
				occurredAt == null ? Map.of() : Map.of(OCCURRED_AT, occurredAt));
	}

	/** The first mail in that mailbox whose subject starts so, once it has arrived. */
	private MimeMessage awaitMail(String address, String subjectStart) {
		return mailboxes.awaitMail(address, subject -> subject.startsWith(subjectStart), WAIT);
	}

	/** The text of a digest in that mailbox that speaks of the coalition, once one has arrived. */
	private String awaitDigestTelling(String address, String coalition) {
		Ports.await("a digest to " + address + " telling of " + coalition, WAIT,
				() -> digestTelling(address, coalition) != null);
		return digestTelling(address, coalition);
	}

	private String digestTelling(String address, String coalition) {
		for (MimeMessage mail : mailboxes.mails(address)) {
			if (Mailboxes.subjectOf(mail).contains("Coalitions digest")) {
				try {
					String text = Mailboxes.part(mail, "text/plain");
					if (text != null && text.contains(coalition)) {
						return text;
					}
				}
				catch (MessagingException | IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return null;
	}

	private List<String> subjects(String address) {
		return mailboxes.mails(address).stream().map(Mailboxes::subjectOf).toList();
	}
}
