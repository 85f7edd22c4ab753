package org.coalitions.notification.mail;

import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.ProposalResubmitted;
import org.coalitions.contracts.ProposalReviewed;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step of a proposal mails its proposers at once, each mail once, through the real broker to a real SMTP
 * server; a proposer whose address comes after the proposal gets the mails then.
 */
class ProposalMailsIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	MailQueue queue;

	@Test
	void eachStepOfTheReviewIsMailedToTheProposersOnce() throws Exception {
		String carla = person("carla", "UTC", null, true);
		String x = coalition(START, "Coalition on <Spam> & Scams", carla);

		MimeMessage received = awaitMails(address(carla), 1).get(0);
		assertThat(received.getSubject()).isEqualTo("Your proposal of Coalition on <Spam> & Scams was received");
		assertThat(MailParts.of(received).html()).contains("Coalition on &lt;Spam&gt; &amp; Scams")
			.contains("secretariat will review")
			.contains("href=\"https://coalitions.test/#/coalitions/" + x + "\"");

		PendingEvent changes = events.publish(new ProposalReviewed(x, "CHANGES_REQUESTED",
				"Name <b>three</b> contact persons & an action plan", 1), "sam");
		MimeMessage asked = awaitMails(address(carla), 2).get(1);
		assertThat(asked.getSubject()).isEqualTo("Changes requested to your proposal of Coalition on <Spam> & Scams");
		MailParts parts = MailParts.of(asked);
		assertThat(parts.html()).contains("Name &lt;b&gt;three&lt;/b&gt; contact persons &amp; an action plan")
			.doesNotContain("<b>three</b>");
		assertThat(parts.text()).contains("asks for changes").contains("\"Name <b>three</b> contact persons & an action plan\"");

		events.publish(new ProposalResubmitted(x, 2), carla);
		assertThat(awaitMails(address(carla), 3).get(2).getSubject())
			.isEqualTo("Your revised proposal of Coalition on <Spam> & Scams was received");
		events.publish(new ProposalReviewed(x, "APPROVED", null, 2), "sam");
		MimeMessage approved = awaitMails(address(carla), 4).get(3);
		assertThat(approved.getSubject()).isEqualTo("Your proposal of Coalition on <Spam> & Scams was approved");
		assertThat(MailParts.of(approved).text()).contains("approved your proposal")
			.contains("at least three stakeholder groups");

		events.publish(changes);
		events.publish(changes);
		assertThat(settledMails(address(carla))).as("a redelivered review mails nothing new").hasSize(4);
	}

	@Test
	void aDeclineTellsTheReasonToEveryCoordinator() throws Exception {
		String carla = person("carla", "UTC", null, true);
		String cody = person("cody", "UTC", null, true);
		String x = coalition(START, "Coalition on Everything", carla);
		publishAt(START.plusSeconds(5), new org.coalitions.contracts.MemberJoined(x, cody, "Name of " + cody,
				"GOVERNMENT", "BR", "COORDINATOR"), cody);
		awaitPerson(cody, person -> person.coordinates(x));

		events.publish(new ProposalReviewed(x, "DECLINED", "Overlaps with an active coalition", 1), "sam");

		List<MimeMessage> codys = awaitMails(address(cody), 1);
		assertThat(codys.get(0).getSubject()).isEqualTo("Your proposal of Coalition on Everything was declined");
		assertThat(MailParts.of(codys.get(0)).text()).contains("This decision is final")
			.contains("\"Overlaps with an active coalition\"");
		assertThat(awaitMails(address(carla), 2)).extracting(MimeMessage::getSubject)
			.contains("Your proposal of Coalition on Everything was declined");
	}

	@Test
	void aProposerWhoseAddressComesAfterTheProposalGetsItsMailThen() throws Exception {
		String pia = unique("pia");
		String x = UUID.randomUUID().toString();
		publishAt(START, new CoalitionProposed(x, "Coalition on Late Addresses", "SPAM", "s", "OPEN", pia, "Pia"), pia);
		awaitPerson(pia, person -> person.coordinates(x));
		String id = "proposal-received:" + x + ":" + pia;
		org.coalitions.infra.Ports.await("the mail held for an address", WAIT,
				() -> queue.find(id).filter(mail -> mail.status() == Mail.Status.AWAITING_ADDRESS).isPresent());

		events.publish(new MemberProfileUpdated(pia, "Pia", address(pia), "UTC", null, true, null), pia);

		MimeMessage mail = awaitMails(address(pia), 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Your proposal of Coalition on Late Addresses was received");
		events.publish(new MemberProfileUpdated(pia, "Pia P.", address(pia), "UTC", null, true, null), pia);
		assertThat(settledMails(address(pia))).hasSize(1);
	}

	@Test
	void aProposerWithoutActionMailsGetsNoneEvenWhenTheirAddressComesLater() {
		String quinn = unique("quinn");
		String x = UUID.randomUUID().toString();
		publishAt(START, new CoalitionProposed(x, "Coalition on Silence", "SPAM", "s", "OPEN", quinn, "Quinn"), quinn);
		awaitPerson(quinn, person -> person.coordinates(x));
		String id = "proposal-received:" + x + ":" + quinn;
		org.coalitions.infra.Ports.await("the mail held for an address", WAIT, () -> queue.find(id).isPresent());

		events.publish(new MemberProfileUpdated(quinn, "Quinn", address(quinn), "UTC", null, false, null), quinn);
		org.coalitions.infra.Ports.await("the held mail dropped", WAIT, () -> queue.find(id).isEmpty());
		events.publish(new ProposalReviewed(x, "APPROVED", null, 1), "sam");
		assertThat(settledMails(address(quinn))).isEmpty();
	}
}
