package org.coalitions.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;
import org.coalitions.notification.feed.Feed;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.CaughtUp;
import org.coalitions.platform.test.MutableClock;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service against the real broker and store, with a real SMTP server (GreenMail) in the test JVM
 * and a clock the tests move. Digests run when a test says so (the scheduler is off), mail delivery polls every
 * 200 ms. Every test uses fresh people and coalitions.
 */
@ApiIntegrationTest(value = "notification-service", properties = { "coalitions.notification.digest.enabled=false",
				"coalitions.notification.mail.poll-interval=200ms", "coalitions.notification.mail.first-retry=200ms",
				"coalitions.notification.mail.max-backoff=1s", "coalitions.notification.mail.lease=5s",
				"coalitions.notification.mail.web-base-url=https://coalitions.test" })
@Import({ NotificationIntegrationTests.MovableClock.class, NotificationIntegrationTests.CountedStore.class })
public abstract class NotificationIntegrationTests {

	protected static final Duration WAIT = Duration.ofSeconds(30);

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	protected static final int SMTP_PORT = Ports.free();

	protected static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	/** Starts where the digest tests' scenarios start: Monday 9 March 2026, 20:00 UTC. */
	protected static final Instant START = Instant.parse("2026-03-09T20:00:00Z");

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@TestConfiguration
	static class MovableClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}
	}

	/** Counts the store commands a test's own thread sends ({@link StoreCommands}). */
	@TestConfiguration
	static class CountedStore {

		@Bean
		StoreCommands storeCommands() {
			return new StoreCommands();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer countStoreCommands(StoreCommands commands) {
			return settings -> settings.addCommandListener(commands);
		}
	}

	protected ApiClient api;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected People people;

	@Autowired
	ConsumerPositions positions;

	@Autowired
	protected Feed feed;

	protected TestEvents events;

	@BeforeEach
	void openEvents() {
		// a new context first reads what the JVM's earlier tests published; a test's own waits are for its own events
		CaughtUp.await(positions, Duration.ofSeconds(120));
		events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());
		clock.set(START);
		if (!SMTP.isRunning()) {
			SMTP.start();
		}
	}

	@AfterEach
	void closeEvents() {
		events.close();
	}

	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	protected static String address(String personId) {
		return personId + "@coalitions.example";
	}

	/** Publishes an event that happened at the given time (as the producing service would have stamped it). */
	protected PendingEvent publishAt(Instant time, PlatformEvent event, String actor) {
		PendingEvent pending = PendingEvent.of(event, actor, time);
		events.publish(pending);
		return pending;
	}

	/** A fresh person with an address, as membership-service announces them; their id. */
	protected String person(String name, String timeZone, String digest, boolean actionMails) {
		String personId = unique(name);
		profile(personId, timeZone, digest, actionMails);
		return personId;
	}

	/** A fresh person with an address whose profile says that language ({@code fr}, {@code ar}, ...); their id. */
	protected String person(String name, String timeZone, String digest, boolean actionMails, String language) {
		String personId = unique(name);
		profile(personId, timeZone, digest, actionMails, language);
		return personId;
	}

	/** A person with an address, as membership-service announces them. */
	protected void profile(String personId, String timeZone, String digest, boolean actionMails) {
		profile(personId, timeZone, digest, actionMails, null);
	}

	private void profile(String personId, String timeZone, String digest, boolean actionMails, String language) {
		events.publish(new MemberProfileUpdated(personId, "Name of " + personId, address(personId), timeZone, digest,
				actionMails, language), personId);
		awaitPerson(personId, person -> address(personId).equals(person.email())
				&& java.util.Objects.equals(digest, person.digest()) && person.wantsActionMails() == actionMails
				&& java.util.Objects.equals(language, person.language()));
	}

	/**
	 * A coalition proposed at {@code time} by its first coordinator, who joins a second later, then the members,
	 * a second apart each.
	 */
	protected String coalition(Instant time, String name, String coordinator, String... members) {
		String id = UUID.randomUUID().toString();
		publishAt(time, new CoalitionProposed(id, name, "SPAM", "Working together.", "MODERATED", coordinator,
				"Name of " + coordinator), coordinator);
		publishAt(time.plusSeconds(1),
				new MemberJoined(id, coordinator, "Name of " + coordinator, "CIVIL_SOCIETY", "KE", "COORDINATOR"),
				coordinator);
		for (int i = 0; i < members.length; i++) {
			publishAt(time.plusSeconds(2 + i),
					new MemberJoined(id, members[i], "Name of " + members[i], "GOVERNMENT", "BR", "MEMBER"), members[i]);
		}
		awaitPerson(coordinator, person -> person.coordinates(id));
		// known by name (the feed's and the action mails' groups each learn it from the proposal)
		Ports.await(name + " known by name", WAIT, () -> feed.coalitionName(id).isPresent());
		for (String member : members) {
			awaitPerson(member, person -> person.coalitions().containsKey(id));
		}
		return id;
	}

	protected Person awaitPerson(String personId, java.util.function.Predicate<Person> condition) {
		Ports.await(personId + " in the people directory as expected", WAIT,
				() -> people.find(personId).filter(condition).isPresent());
		return people.find(personId).orElseThrow();
	}

	/** Every message GreenMail received for the address. */
	protected static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	protected static List<MimeMessage> awaitMails(String address, int count) {
		Ports.await(count + " mail(s) to " + address, WAIT, () -> mailsTo(address).size() >= count);
		return mailsTo(address);
	}

	/** Waits a while and returns what arrived, for asserting that no more came. */
	protected static List<MimeMessage> settledMails(String address) {
		try {
			Thread.sleep(1500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return mailsTo(address);
	}

	protected static String token(String personId, String... roles) {
		return TestTokens.of(personId, "Name of " + personId, roles);
	}

	protected ApiResponse get(String path, String token) {
		return api.get(path, token);
	}

	/** A POST with a body of the given type (JSON when null). */
	protected ApiResponse post(String path, String token, String contentType, String body) {
		return api.post(path, token, body, "Content-Type", contentType);
	}

	protected static JsonNode json(ApiResponse response) {
		return response.json();
	}
}
