package org.coalitions.notification.mail;

import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.coalitions.contracts.PostHidden;
import org.coalitions.contracts.PostingSuspended;
import org.coalitions.infra.Ports;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hidden post and a suspension reach the person concerned at once, by mail (unless they switched action mails
 * off) and in their feed, with the coordinator's reason; the coordinators see the line too, other members do not.
 */
class ModerationMailsIntegrationTests extends NotificationIntegrationTests {

	static final Instant UNTIL = Instant.parse("2031-03-05T05:30:00Z"); // 18:30 in Auckland

	@Test
	void theAuthorIsToldOfAHiddenPostAndTheMemberOfTheirSuspension() throws Exception {
		String alice = person("alice", "UTC", null, true);
		String mere = person("mere", "Pacific/Auckland", null, true);
		String quinn = person("quinn", "UTC", null, false);
		String other = person("other", "UTC", null, true);
		String lina = person("lina", "Asia/Beirut", null, true, "ar");
		String x = coalition(START, "Coalition on Civil Lists", alice, mere, quinn, other, lina);

		events.publish(new PostHidden(x, "t-" + x, "p-" + x, "House rules", mere, "Personal attack"), alice);
		PendingEvent suspension = events.publish(new PostingSuspended(x, mere, UNTIL, "Repeated attacks"), alice);
		events.publish(new PostHidden(x, "t-" + x, "q-" + x, "House rules", quinn, "Off topic"), alice);
		events.publish(new PostHidden(x, "t-" + x, "r-" + x, "House rules", lina, "Spam"), alice);
		events.publish(new PostingSuspended(x, lina, UNTIL, "Spam again"), alice);

		List<MimeMessage> toMere = awaitModerationMails(address(mere), 2);
		MimeMessage hidden = toMere.stream().filter(mail -> subject(mail).contains("was hidden")).findFirst()
			.orElseThrow();
		assertThat(subject(hidden)).isEqualTo("Your post in House rules (Coalition on Civil Lists) was hidden");
		assertThat(MailParts.of(hidden).text()).contains("Personal attack").contains("\u201cHouse rules\u201d");
		MimeMessage suspended = toMere.stream().filter(mail -> subject(mail).contains("suspended")).findFirst()
			.orElseThrow();
		assertThat(MailParts.of(suspended).text()).as("the end in her own zone")
			.contains("until Wednesday 5 March 2031, 18:30 (Pacific/Auckland)")
			.contains("Repeated attacks")
			.contains("you can still read everything, and leave");
		assertThat(moderationMails(settledMails(address(quinn)))).as("action mails switched off").isEmpty();

		List<MimeMessage> toLina = awaitModerationMails(address(lina), 2);
		assertThat(toLina.stream().map(ModerationMailsIntegrationTests::subject)).as("lina's profile says Arabic")
			.containsExactlyInAnyOrder("إخفاء منشورك في House rules (Coalition on Civil Lists)",
					"تعليق حقك في النشر في Coalition on Civil Lists");
		MimeMessage linasSuspension = toLina.stream().filter(mail -> subject(mail).startsWith("تعليق"))
			.findFirst()
			.orElseThrow();
		assertThat(MailParts.of(linasSuspension).text()).as("the end in her zone, in her language")
			.contains("علّق منسقو Coalition on Civil Lists حقك في النشر فيه حتى")
			.contains("(Asia/Beirut)")
			.contains("Spam again")
			.doesNotContain("Wednesday");
		assertThat(MailParts.of(linasSuspension).html()).contains("lang=\"ar\"").contains("dir=\"rtl\"");
		Ports.await("the lines in lina's feed", WAIT, () -> arabicTitles(lina).size() >= 2);
		assertThat(arabicTitles(lina)).contains(
				"إخفاء منشور لـ Name of " + lina + " في «House rules» من قبل المنسقين: Spam")
			.anyMatch(title -> title.startsWith("تعليق حق Name of " + lina + " في النشر في التحالف حتى ")
					&& title.endsWith(" بالتوقيت العالمي: Spam again"));
		assertThat(moderationMails(settledMails(address(other)))).as("nothing to others").isEmpty();

		Ports.await("the lines in mere's feed", WAIT, () -> feedTitles(mere).size() >= 2);
		assertThat(feedTitles(mere)).anyMatch(title -> title.contains("was hidden by a coordinator: Personal attack"))
			.anyMatch(title -> title.contains("may not post in the coalition until 5 Mar 2031, 05:30 UTC"));
		Ports.await("the lines in alice's feed", WAIT, () -> feedTitles(alice).size() >= 3);
		assertThat(feedTitles(other)).as("not for other members").isEmpty();

		// a redelivery mails nobody twice
		events.publish(suspension);
		assertThat(moderationMails(settledMails(address(mere)))).hasSize(2);
	}

	private static List<MimeMessage> moderationMails(List<MimeMessage> mails) {
		return mails.stream()
			.filter(mail -> subject(mail).contains("was hidden") || subject(mail).contains("is suspended")
					|| subject(mail).startsWith("إخفاء منشورك") || subject(mail).startsWith("تعليق حقك"))
			.toList();
	}

	private static List<MimeMessage> awaitModerationMails(String address, int count) {
		Ports.await(count + " moderation mail(s) to " + address, WAIT,
				() -> moderationMails(mailsTo(address)).size() >= count);
		return moderationMails(mailsTo(address));
	}

	private List<String> feedTitles(String personId) {
		return json(get("/api/feed", token(personId))).path("items")
			.valueStream()
			.map(item -> item.path("title").asString())
			.filter(title -> title.contains("hidden") || title.contains("may not post"))
			.toList();
	}

	private List<String> arabicTitles(String personId) {
		return json(get("/api/feed", token(personId))).path("items")
			.valueStream()
			.map(item -> item.path("title").asString())
			.filter(title -> title.startsWith("إخفاء") || title.startsWith("تعليق"))
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
