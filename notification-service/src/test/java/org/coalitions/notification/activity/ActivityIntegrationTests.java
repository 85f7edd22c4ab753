package org.coalitions.notification.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.coalitions.contracts.Activity;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.OutcomePublished;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events from the real broker into the activity data: once each, malformed ones dead-lettered; and batches given
 * to the projection as the batch listener gives them.
 */
@ApiIntegrationTest("notification-service")
@RecordApplicationEvents
class ActivityIntegrationTests {

	ApiClient api;

	@Autowired
	ActivityProjection activity;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	MongoOperations mongo;

	@Autowired
	ApplicationEvents changes;

	@Autowired
	ActivityChanges activityChanges;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void aProposedCoalitionShowsUpInTheSecretariatsActivityData() throws Exception {
		String id = UUID.randomUUID().toString();
		events.publish(proposed(id, "Dynamic Coalition on Open Standards"), "bruno");

		awaitEvents(id, 1);
		ApiResponse asSecretariat = api.get("/api/activity/coalitions/" + id, TestTokens.of("sam", "Sam", "secretariat"));
		assertThat(asSecretariat.statusCode()).isEqualTo(200);
		assertThat(asSecretariat.body()).contains("\"name\":\"Dynamic Coalition on Open Standards\"")
			.contains("\"status\":\"PROPOSED\"")
			.contains("\"eventsLast30Days\":1");
		assertThat(api.get("/api/activity/coalitions/" + id, TestTokens.of("alice", "Alice")).statusCode())
			.as("a member is not the secretariat").isEqualTo(403);
		assertThat(api.get("/api/activity/coalitions/" + id, null).statusCode()).isEqualTo(401);
	}

	@Test
	void statusBalanceAndReportingFollowTheirLatestEventsWhichAreNotActivity() {
		String id = UUID.randomUUID().toString();
		PendingEvent proposal = events.publish(proposed(id, "Coalition on Online Participation"), "alice");
		PendingEvent balance = events.publish(new BalanceChanged(id, 3,
				Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1, "ACADEMIC_COMMUNITY", 1),
				Map.of("AFRICAN_STATES", 3), 3, 3, true), "emeka");
		events.publish(new CoalitionStatusChanged(id, "PROPOSED", "ACTIVE", "multistakeholder rule met"), "emeka");
		events.publish(new ReportingStatusChanged(id, 2026, "DUE", LocalDate.of(2027, 3, 31)), "emeka");
		PendingEvent last = events.publish(new ReportingStatusChanged(id, 2026, "OVERDUE", LocalDate.of(2027, 3, 31)),
				"emeka");

		// two topics: the balance may come after the coalition's own events
		awaitApplied(id, balance, last);
		CoalitionActivity activity = this.activity.find(id).orElseThrow();
		assertThat(activity.status()).isEqualTo("ACTIVE");
		assertThat(activity.members()).isEqualTo(3);
		assertThat(activity.balanceMet()).isTrue();
		assertThat(activity.reportingCycle()).isEqualTo(2026);
		assertThat(activity.reportingStatus()).isEqualTo("OVERDUE");
		assertThat(activity.reportingDeadline()).isEqualTo("2027-03-31");
		assertThat(activity.events()).as("only the proposal is activity").isEqualTo(1);
		assertThat(activity.lastActivityAt()).isEqualTo(proposal.time().truncatedTo(ChronoUnit.MILLIS));
	}

	@Test
	void aRedeliveredEventTakesEffectOnce() throws Exception {
		String id = UUID.randomUUID().toString();
		PendingEvent first = events.publish(proposed(id, "Coalition on Access to Knowledge"), "emeka");
		events.publish(first);
		events.publish(first);
		// a different event for the same coalition after the redeliveries: once it counts, the redeliveries were seen
		events.publish(proposed(id, "Coalition on Access to Knowledge"), "emeka");

		awaitEvents(id, 2);
		Thread.sleep(500);
		assertThat(activity.find(id).orElseThrow().events()).isEqualTo(2);
	}

	@Test
	void malformedRecordsGoToTheDeadLetterTopicAndLaterEventsAreStillProcessed() throws Exception {
		String poisoned = UUID.randomUUID().toString();
		events.publishRaw(Topics.COALITION_EVENTS, poisoned, "this is not an event");
		PendingEvent envelope = PendingEvent.of(proposed(poisoned, "Broken"), "mallory", java.time.Instant.now());
		events.publishWithData(envelope, "{\"coalitionId\": ");
		String healthy = UUID.randomUUID().toString();
		events.publish(proposed(healthy, "Coalition on Freedom of Expression"), "gita");

		awaitEvents(healthy, 1);
		try (EventProbe deadLetters = new EventProbe(TestInfra.sharedBroker().bootstrapServers(),
				Topics.deadLetter(Topics.COALITION_EVENTS))) {
			// other features consume the same topics in groups of their own and dead-letter the records too
			assertThat(deadLetters.await(record -> poisoned.equals(record.key())
					&& group.equals(EventProbe.header(record, "kafka_dlt-original-consumer-group")), 2,
					Duration.ofSeconds(30)))
				.hasSize(2)
				.allSatisfy(record -> assertThat(EventProbe.header(record, "kafka_dlt-exception-message")).isNotBlank());
		}
		assertThat(activity.find(poisoned)).isEmpty();
	}

	@Test
	void aBatchWithARedeliveredEventCountsEachEventOnceAndTellsOncePerCoalition() {
		String id = UUID.randomUUID().toString();
		String other = UUID.randomUUID().toString();
		ReceivedEvent<?> proposal = received(proposed(id, "Coalition on Batches"), 1);
		ReceivedEvent<?> thread = received(new ThreadStarted(id, "t1", "One", "u", "U"), 2);
		activity.apply(List.of(proposal, thread));
		assertThat(activity.find(id).orElseThrow().events()).isEqualTo(2);
		changes.clear();

		ReceivedEvent<?> reply = received(new ReplyPosted(id, "t1", "r1", "One", "u", "U"), 12);
		activity.apply(List.of(redelivered(thread, 11), reply, received(new ThreadStarted(id, "t2", "Two", "u", "U"), 13),
				received(new ThreadStarted(other, "t3", "Three", "u", "U"), 14), redelivered(reply, 15)));

		assertThat(activity.find(id).orElseThrow().events()).as("the redeliveries, in the batch and from before, count no more")
			.isEqualTo(4);
		assertThat(activity.find(other).orElseThrow().events()).isEqualTo(1);
		assertThat(changes.stream(CoalitionActivityChanged.class).map(CoalitionActivityChanged::coalitionIds))
			.as("once per batch, each coalition it changed once").containsExactly(List.of(id, other));
		assertThat(activityChanges.of(List.of(id, other)))
			.as("noted for the other instances' streams: a revision for each batch that changed the coalition")
			.extracting(ActivityChanges.ActivityChange::id, ActivityChanges.ActivityChange::revision)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(id, 2L),
					org.assertj.core.groups.Tuple.tuple(other, 1L));

		changes.clear();
		activity.apply(List.of(redelivered(proposal, 20), redelivered(reply, 21)));
		assertThat(activity.find(id).orElseThrow().events()).isEqualTo(4);
		assertThat(changes.stream(CoalitionActivityChanged.class)).as("a batch of nothing new changes nothing").isEmpty();
	}

	@Test
	void theCoordinationGroupsEventsAreNoCoalitionsActivity() {
		String id = UUID.randomUUID().toString();
		activity.apply(List.of(
				received(new ThreadStarted(org.coalitions.contracts.CoordinationGroup.ID, "t-" + id, "Overlaps", "u", "U"), 1),
				received(new org.coalitions.contracts.CoordinationGroupChanged(org.coalitions.contracts.CoordinationGroup.ID,
						List.of("a", "b")), 2),
				received(new ThreadStarted(id, "t1", "One", "u", "U"), 3)));
		assertThat(activity.find(id).orElseThrow().events()).isEqualTo(1);
		assertThat(activity.find(org.coalitions.contracts.CoordinationGroup.ID)).isEmpty();
	}

	@Test
	void manyEventsForAFewCoalitionsSumUpAndTheLatestValuesWin() {
		List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString());
		Instant day = Instant.parse("2026-03-09T10:00:00Z");
		List<ReceivedEvent<?>> batch = new ArrayList<>();
		long offset = 0;
		for (String id : ids) {
			batch.add(received(proposed(id, "Coalition " + id), day, offset++));
		}
		for (int i = 0; i < 300; i++) {
			String id = ids.get(i % ids.size());
			Instant time = day.plus(Duration.ofHours(i / 3));
			batch.add(received(new ThreadStarted(id, "t" + i, "T", "u", "U"), time, offset++));
			if (i % 30 < 3) {
				batch.add(received(new BalanceChanged(id, i + 1, Map.of("GOVERNMENT", i + 1), Map.of(), 0, 1, false),
						time, offset++));
				batch.add(received(new CoalitionStatusChanged(id, "PROPOSED", "STATUS_" + i, null), time, offset++));
			}
		}
		batch.add(received(new OutcomePublished(ids.get(0), "o1", "ANNUAL_REPORT", "R", 2025), day, offset++));
		batch.add(received(new ReportingStatusChanged(ids.get(0), 2025, "DUE", LocalDate.of(2026, 3, 31)), day,
				offset++));
		batch.add(received(new ReportingStatusChanged(ids.get(0), 2025, "REPORTED", LocalDate.of(2026, 3, 31)), day,
				offset++));
		// in two batches, the second one repeating the end of the first as a redelivery would
		activity.apply(batch.subList(0, 250));
		activity.apply(batch.subList(200, batch.size()));

		for (String id : ids) {
			List<ReceivedEvent<?>> ofCoalition = batch.stream().filter(event -> id.equals(event.coalitionId())).toList();
			List<ReceivedEvent<?>> activityOfCoalition = ofCoalition.stream()
				.filter(event -> Activity.isActivity(event.data()))
				.toList();
			assertThat(activityOfCoalition).as("balance and status changes are left out").hasSizeLessThan(ofCoalition.size());
			CoalitionActivity found = activity.find(id).orElseThrow();
			assertThat(found.events()).isEqualTo(activityOfCoalition.size());
			assertThat(found.eventsByDay().values().stream().mapToLong(Long::longValue).sum())
				.isEqualTo(activityOfCoalition.size());
			assertThat(found.lastActivityAt())
				.isEqualTo(activityOfCoalition.stream().map(ReceivedEvent::time).max(Instant::compareTo).orElseThrow());
			BalanceChanged lastBalance = ofCoalition.stream()
				.filter(event -> event.data() instanceof BalanceChanged)
				.map(event -> (BalanceChanged) event.data())
				.reduce((first, second) -> second)
				.orElseThrow();
			assertThat(found.members()).isEqualTo(lastBalance.members());
			assertThat(found.status()).isEqualTo("STATUS_" + (lastBalance.members() - 1));
			assertThat(found.name()).isEqualTo("Coalition " + id);
		}
		assertThat(activity.find(ids.get(0)).orElseThrow().reportingStatus()).as("the later one").isEqualTo("REPORTED");
		assertThat(activity.find(ids.get(1)).orElseThrow().reportingStatus()).isNull();
	}

	@Test
	void aMalformedRecordInTheMiddleOfABatchIsDeadLetteredAndTheRecordsAroundItAreApplied() {
		String id = UUID.randomUUID().toString();
		MessageListenerContainer container = listeners.getListenerContainer("notification-activity");
		container.pause();
		try {
			Ports.await("the activity listener to pause", Duration.ofSeconds(30), container::isContainerPaused);
			// one key, so one partition, in this order: they come in one poll once the listener resumes
			events.publish(proposed(id, "Coalition on Poison"), "gita");
			events.publishRaw(Topics.COALITION_EVENTS, id, "this is not an event");
			events.publish(new ThreadStarted(id, "t1", "After the poison", "gita", "Gita"), "gita");
			events.publish(new ThreadStarted(id, "t2", "Later still", "gita", "Gita"), "gita");
		}
		finally {
			container.resume();
		}

		awaitEvents(id, 3);
		try (EventProbe deadLetters = new EventProbe(TestInfra.sharedBroker().bootstrapServers(),
				Topics.deadLetter(Topics.COALITION_EVENTS))) {
			assertThat(deadLetters.await(record -> id.equals(record.key())
					&& group.equals(EventProbe.header(record, "kafka_dlt-original-consumer-group")), 1,
					Duration.ofSeconds(30)))
				.singleElement()
				.satisfies(record -> assertThat(EventProbe.value(record)).isEqualTo("this is not an event"));
		}
		assertThat(activity.find(id).orElseThrow().events()).isEqualTo(3);
	}

	private static ReceivedEvent<?> received(PlatformEvent data, long offset) {
		return received(data, Instant.now(), offset);
	}

	private static ReceivedEvent<?> received(PlatformEvent data, Instant time, long offset) {
		return new ReceivedEvent<>(UUID.randomUUID().toString(), "test", "/test", time, "u", Topics.COALITION_EVENTS, 0,
				offset, data);
	}

	/** The same event (same id) at another offset, as the at-least-once relay may send it again. */
	private static ReceivedEvent<?> redelivered(ReceivedEvent<?> event, long offset) {
		return new ReceivedEvent<>(event.id(), event.type(), event.source(), event.time(), event.actor(), event.topic(),
				event.partition(), offset, event.data());
	}

	private void awaitApplied(String coalitionId, PendingEvent... events) {
		List<String> ids = Arrays.stream(events).map(PendingEvent::eventId).toList();
		Ports.await("events " + ids + " of " + coalitionId, Duration.ofSeconds(30),
				() -> mongo.exists(Query.query(Criteria.where("_id").is(coalitionId).and(AppliedEvents.FIELD).all(ids)),
						CoalitionActivity.COLLECTION));
	}

	private void awaitEvents(String coalitionId, long count) {
		Ports.await("activity of " + coalitionId, Duration.ofSeconds(30),
				() -> activity.find(coalitionId).map(found -> found.events() >= count).orElse(false));
	}

	private static CoalitionProposed proposed(String id, String name) {
		return new CoalitionProposed(id, name, "OPEN_STANDARDS", "A summary.", "OPEN", "bruno", "Bruno");
	}
}
