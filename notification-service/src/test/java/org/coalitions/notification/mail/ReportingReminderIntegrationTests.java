package org.coalitions.notification.mail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.MongoStore;
import org.coalitions.infra.Ports;
import org.coalitions.notification.MailParts;
import org.coalitions.notification.NotificationServiceApplication;
import org.coalitions.notification.people.People;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.security.DevelopmentSecrets;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting reminders are mailed to each coordinator with an address exactly once per coalition, cycle and
 * reminder, whatever is delivered again and whatever restarts: notification-service runs here as a whole
 * application on the real broker and store, is stopped and started again on the same store and consumer groups,
 * and the same reminder is delivered before and after; a real SMTP server of this test's own counts the mails.
 * The application starts where the topics end (its groups' offsets are set there first), so it reads this
 * test's events only.
 */
class ReportingReminderIntegrationTests {

	static final Duration WAIT = Duration.ofSeconds(60);

	/** The consumer groups of notification-service: its group id and the suffixes of its subscriptions. */
	static final List<String> GROUP_SUFFIXES = List.of("", "-people", "-feed", "-action-mails");

	final int smtpPort = Ports.free();

	final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));

	final String group = "notification-reminders-" + UUID.randomUUID().toString().substring(0, 8);

	final String mongo = MongoStore.newDatabaseUri("notification-reminders");

	ConfigurableApplicationContext running;

	@AfterEach
	void stop() {
		if (running != null) {
			running.close();
		}
		smtp.stop();
	}

	@Test
	void eachReminderIsMailedOncePerCoordinatorAcrossRedeliveryAndRestart() throws Exception {
		smtp.start();
		startAtTheEndOfTheTopics();
		running = start();
		String carla = "carla-" + UUID.randomUUID().toString().substring(0, 8);
		String cody = "cody-" + UUID.randomUUID().toString().substring(0, 8);
		String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		String x = UUID.randomUUID().toString();
		PendingEvent reminder;
		try (TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers())) {
			events.publish(new MemberProfileUpdated(carla, "Carla", address(carla), "UTC", null, true, null), carla);
			events.publish(new MemberProfileUpdated(cody, "Cody", address(cody), "UTC", null, true, "fr"), cody);
			events.publish(new CoalitionProposed(x, "Coalition on Reports", "SPAM", "s", "OPEN", carla, "Carla"),
					carla);
			events.publish(new MemberJoined(x, cody, "Cody", "GOVERNMENT", "BR", "COORDINATOR"), cody);
			events.publish(new MemberJoined(x, nobody, "Nobody", "GOVERNMENT", "BR", "COORDINATOR"), nobody);
			People people = running.getBean(People.class);
			Ports.await("three coordinators with addresses known", WAIT,
					() -> people.coordinatorsOf(x).size() == 3 && people.find(cody).filter(p -> p.mailable()).isPresent()
							&& people.find(carla).filter(p -> p.mailable()).isPresent());

			reminder = events.publish(new ReportingReminderDue(x, 2026, "DUE_IN_30_DAYS", LocalDate.of(2027, 3, 31)),
					"coalition-service");
			awaitReminders(carla, 1);
			awaitReminders(cody, 1);
			events.publish(reminder);
		}
		Thread.sleep(1500);
		running.close();
		running = null;

		running = start();
		try (TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers())) {
			events.publish(reminder);
			events.publish(new ReportingReminderDue(x, 2026, "DUE_IN_7_DAYS", LocalDate.of(2027, 3, 31)),
					"coalition-service");
			awaitReminders(carla, 2);
			awaitReminders(cody, 2);
		}
		Thread.sleep(2000);

		List<String> carlas = subjects(reminders(carla));
		assertThat(carlas).as("one mail per reminder, after a redelivery before and after the restart")
			.containsExactly("Annual report 2026 of Coalition on Reports: due in 30 days, on 31 March 2027",
					"Annual report 2026 of Coalition on Reports: due in 7 days, on 31 March 2027");
		assertThat(subjects(reminders(cody))).as("cody's profile says French")
			.containsExactly("Rapport annuel 2026 de Coalition on Reports : attendu dans 30 jours, le 31 mars 2027",
					"Rapport annuel 2026 de Coalition on Reports : attendu dans 7 jours, le 31 mars 2027");
		assertThat(MailParts.of(reminders(carla).get(1)).text())
			.contains("As a coordinator of Coalition on Reports: The annual report for 2026 is due on 31 March 2027, in 7 days.");
		assertThat(MailParts.of(reminders(cody).get(1)).text()).contains("Bonjour Cody,")
			.contains("Vous coordonnez Coalition on Reports : Le rapport annuel 2026 est attendu le 31 mars 2027, dans 7 jours.");
		assertThat(reminders(nobody)).as("no address, no mail").isEmpty();
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(ReportingReminderIntegrationTests::isReminder))
			.hasSize(4);
	}

	/**
	 * Commits the application's consumer groups at the topics' current ends, as if it had read everything before
	 * this test: the shared broker holds other tests' events.
	 */
	private void startAtTheEndOfTheTopics() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfra.sharedBroker().bootstrapServers()))) {
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			admin.describeTopics(Topics.ALL).allTopicNames().get().forEach((topic, description) -> description
				.partitions()
				.forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
			Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
			ends.forEach((partition, end) -> offsets.put(partition, new OffsetAndMetadata(end.offset())));
			for (String suffix : GROUP_SUFFIXES) {
				admin.alterConsumerGroupOffsets(group + suffix, offsets).all().get();
			}
		}
	}

	private ConfigurableApplicationContext start() {
		Map<String, Object> properties = new HashMap<>(Map.of("server.port", 0, "spring.kafka.bootstrap-servers",
				TestInfra.sharedBroker().bootstrapServers(), "spring.mongodb.uri", mongo, "spring.mongodb.database",
				mongo.substring(mongo.lastIndexOf('/') + 1), "spring.kafka.consumer.group-id", group,
				"spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER,
				"spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation(), "spring.mail.host",
				"127.0.0.1", "spring.mail.port", smtpPort));
		properties.put("coalitions.notification.digest.enabled", false);
		properties.put("coalitions.notification.mail.poll-interval", "200ms");
		String[] args = properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(NotificationServiceApplication.class).profiles(DevelopmentSecrets.LOCAL_PROFILE)
			.run(args);
	}

	private static String address(String personId) {
		return personId + "@coalitions.example";
	}

	private List<MimeMessage> reminders(String personId) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (isReminder(mail) && recipients(mail).contains(address(personId))) {
				found.add(mail);
			}
		}
		return found;
	}

	/** A reminder, in English or in French. */
	private static boolean isReminder(MimeMessage mail) {
		return subject(mail).startsWith("Annual report") || subject(mail).startsWith("Rapport annuel");
	}

	private void awaitReminders(String personId, int count) {
		Ports.await(count + " reminder(s) to " + personId, WAIT, () -> reminders(personId).size() >= count);
	}

	private static String recipients(MimeMessage mail) {
		try {
			return Arrays.toString(mail.getAllRecipients());
		}
		catch (jakarta.mail.MessagingException ex) {
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

	private static List<String> subjects(List<MimeMessage> mails) {
		return mails.stream().map(ReportingReminderIntegrationTests::subject).toList();
	}
}
