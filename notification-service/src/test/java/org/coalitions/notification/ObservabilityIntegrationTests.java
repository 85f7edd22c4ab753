package org.coalitions.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.notification.digest.Digests;
import org.coalitions.notification.mail.Mail;
import org.coalitions.notification.mail.MailQueue;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.observability.TraceParent;
import org.coalitions.platform.outbox.OutboxRelay;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator scrapes from {@code /actuator/prometheus}, each figure caused and then read: events waiting in
 * an outbox while the relay is stopped (and the trace context they carry on to Kafka), consumer lag while a
 * listener is paused, a malformed record dead-lettered, a mail waiting in the queue, a digest run. And the Grafana
 * dashboard ({@code infra/grafana/coalitions.json}) queries only metrics the service exposes.
 */
class ObservabilityIntegrationTests extends NotificationIntegrationTests {

	private static final Path DASHBOARD = Path.of("..", "infra", "grafana", "coalitions.json");

	@Autowired
	MongoOperations mongo;

	@Autowired
	OutboxRelay relay;

	@Autowired
	MailQueue mailQueue;

	@Autowired
	Digests digests;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	ConsumerPositions positions;

	@Autowired
	Environment environment;

	@Test
	void eventsWaitingInAnOutboxAreCountedAndRelayedWithTheirTraceContext() {
		String personId = unique("opted-out");
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		PendingEvent pending;
		// recorded inside a trace, as a command's request would be
		try (Scope scope = Span.wrap(SpanContext.create(traceId, "00f067aa0ba902b7", TraceFlags.getSampled(),
				TraceState.getDefault())).makeCurrent()) {
			pending = PendingEvent.of(new MailOptedOut(personId, "ACTION_MAILS"), personId, Instant.now());
		}
		assertThat(pending.traceparent()).isEqualTo("00-" + traceId + "-00f067aa0ba902b7-01");
		double relayedBefore = sample(scrape(), "coalitions_outbox_relay_wait_seconds_count", Map.of()).orElse(0.0);
		double sentBefore = sample(scrape(), "coalitions_outbox_send_seconds_count", Map.of()).orElse(0.0);
		relay.stop();
		try {
			// waiting for an hour, as if Kafka had been away that long
			mongo.getCollection("mail_opt_outs").insertOne(new Document("_id", "observability-" + personId)
				.append("version", 0L)
				.append("outbox", List.of(new Document("eventId", pending.eventId()).append("type", pending.type())
					.append("topic", pending.topic())
					.append("key", pending.key())
					.append("actor", pending.actor())
					.append("time", Date.from(pending.time()))
					.append("data", pending.data())
					.append("recordedAt", Date.from(Instant.now().minus(Duration.ofHours(1))))
					.append("traceparent", pending.traceparent()))));
			awaitSample("coalitions_outbox_waiting", Map.of("outbox", "mail_opt_outs"), value -> value >= 1);
			awaitSample("coalitions_outbox_oldest_age_seconds", Map.of("outbox", "mail_opt_outs"),
					value -> value >= 3600);
		}
		finally {
			relay.start();
		}
		try (EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.PEOPLE_EVENTS)) {
			ConsumerRecord<String, byte[]> relayed = probe
				.await(record -> pending.eventId().equals(EventProbe.header(record, CloudEvents.ID)), 1, WAIT)
				.get(0);
			assertThat(EventProbe.header(relayed, TraceParent.HEADER)).as("the trace goes on in the record")
				.isEqualTo(pending.traceparent());
		}
		awaitSample("coalitions_outbox_waiting", Map.of("outbox", "mail_opt_outs"), value -> value == 0);
		// its hour in the outbox, and its send, timed
		awaitSample("coalitions_outbox_relay_wait_seconds_count", Map.of(), value -> value >= relayedBefore + 1);
		assertThat(sample(scrape(), "coalitions_outbox_relay_wait_seconds_max", Map.of())).hasValueSatisfying(
				max -> assertThat(max).isGreaterThanOrEqualTo(3600));
		awaitSample("coalitions_outbox_send_seconds_count", Map.of(), value -> value >= sentBefore + 1);
	}

	@Test
	void eachRecordsWayToAListenerAndTheListenersWorkAreTimedPerGroup() {
		String group = environment.getRequiredProperty("spring.kafka.consumer.group-id") + "-people";
		Map<String, String> peopleGroup = Map.of("group", group);
		double delivered = sample(scrape(), "coalitions_consumer_delivery_seconds_count", peopleGroup).orElse(0.0);
		double deliverySeconds = sample(scrape(), "coalitions_consumer_delivery_seconds_sum", peopleGroup).orElse(0.0);
		double applied = sample(scrape(), "coalitions_consumer_apply_seconds_count", peopleGroup).orElse(0.0);

		events.publish(new MailOptedOut(unique("timed"), "ACTION_MAILS"), "someone");

		awaitSample("coalitions_consumer_delivery_seconds_count", peopleGroup, value -> value >= delivered + 1);
		awaitSample("coalitions_consumer_apply_seconds_count", peopleGroup, value -> value >= applied + 1);
		// seconds since the producer's timestamp, not since 1970 (records of earlier tests in this JVM may be
		// delivered late too: the bound is per record, count and sum from one scrape)
		String now = scrape();
		double records = sample(now, "coalitions_consumer_delivery_seconds_count", peopleGroup).orElseThrow() - delivered;
		double seconds = sample(now, "coalitions_consumer_delivery_seconds_sum", peopleGroup).orElseThrow()
				- deliverySeconds;
		assertThat(seconds).isLessThan(3600 * records);
	}

	@Test
	void consumerLagGrowsWhileAListenerIsPausedAndFallsBackWhenItResumes() {
		String group = environment.getRequiredProperty("spring.kafka.consumer.group-id") + "-people";
		Map<String, String> peopleGroup = Map.of("group", group, "topic", Topics.PEOPLE_EVENTS);
		awaitSample("coalitions_consumer_lag", peopleGroup, value -> value == 0);
		MessageListenerContainer container = listeners.getListenerContainer("notification-people");
		container.pause();
		try {
			Ports.await("the people listener paused", WAIT, container::isContainerPaused);
			Thread.sleep(500); // its last poll's records are committed
			for (int i = 0; i < 3; i++) {
				events.publish(new MailOptedOut(unique("lagging"), "ACTION_MAILS"), "someone");
			}
			awaitSample("coalitions_consumer_lag", peopleGroup, value -> value >= 3);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			container.resume();
		}
		awaitSample("coalitions_consumer_lag", peopleGroup, value -> value == 0);
	}

	@Test
	void aMalformedRecordIsCountedOnceForEachGroupThatDeadLettersIt() {
		Map<String, String> deadLetters = Map.of("topic", Topics.deadLetter(Topics.PEOPLE_EVENTS));
		int groups = positions.groupsByTopic().get(Topics.PEOPLE_EVENTS).size();
		assertThat(groups).as("groups of this service reading people.events").isPositive();
		double before = awaitSample("coalitions_consumer_dead_letters_total", deadLetters, value -> value >= 0);
		events.publishRaw(Topics.PEOPLE_EVENTS, unique("malformed"), "{ not an event");
		awaitSample("coalitions_consumer_dead_letters_total", deadLetters, value -> value == before + groups);
	}

	@Test
	void aMailWaitingInTheQueueIsCountedWithItsAge() {
		String id = unique("observability-mail");
		Instant now = clock.instant();
		mailQueue.enqueue(new Mail(id, "someone@coalitions.example", "Someone", "Subject", "<p>Text</p>", "Text",
				null, Mail.Status.PENDING, 0, now.plus(Duration.ofDays(365)), null, null, null,
				now.minus(Duration.ofHours(1)), null, null));
		try {
			awaitSample("coalitions_mail_queue_depth", Map.of("status", "pending"), value -> value >= 1);
			awaitSample("coalitions_mail_queue_oldest_age_seconds", Map.of(), value -> value >= 3600);
		}
		finally {
			mongo.remove(Query.query(Criteria.where("_id").is(id)), Mail.class);
		}
	}

	@Test
	void eachDigestRunIsTimedWithThePeopleAndMailsItCounted() {
		person("digest-reader", "UTC", "DAILY", true);
		double runs = sample(scrape(), "coalitions_digest_run_seconds_count", Map.of()).orElse(0.0);
		double people = sample(scrape(), "coalitions_digest_run_people_sum", Map.of()).orElse(0.0);
		Digests.RunSummary run = digests.run(clock.instant());
		String after = scrape();
		assertThat(sample(after, "coalitions_digest_run_seconds_count", Map.of())).contains(runs + 1);
		assertThat(sample(after, "coalitions_digest_run_people_sum", Map.of())).contains(people + run.checked());
		assertThat(run.checked()).isPositive();
		assertThat(sample(after, "coalitions_digest_run_mails_count", Map.of())).isPresent();
	}

	@Test
	void theDashboardQueriesOnlyMetricsTheServiceExposes() throws IOException {
		awaitSample("coalitions_consumer_lag", Map.of(), value -> value >= 0); // read once, so the gauges have figures
		api.get("/api/coalitions/none/feed-does-not-exist"); // a request, so http.server.requests exists
		Set<String> exposed = scrape().lines()
			.filter(line -> !line.startsWith("#") && !line.isBlank())
			.map(line -> line.split("[{ ]", 2)[0])
			.collect(Collectors.toCollection(TreeSet::new));
		JsonNode dashboard = JSON.readTree(Files.readString(DASHBOARD));
		assertThat(dashboard.path("templating").path("list").findValuesAsString("type")).contains("datasource");
		List<String> queries = new ArrayList<>();
		dashboard.findValues("expr").forEach(expr -> queries.add(expr.asString()));
		dashboard.findValues("definition").forEach(definition -> queries.add(definition.asString()));
		assertThat(queries).as("the dashboard's queries").hasSizeGreaterThan(10);
		Pattern metric = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
		for (String query : queries) {
			Matcher names = metric.matcher(query);
			List<String> queried = new ArrayList<>();
			while (names.find()) {
				queried.add(names.group(1));
			}
			assertThat(queried).as("metrics named (each followed by its selector) in %s", query).isNotEmpty();
			assertThat(exposed).as("metrics exposed, for %s", query).containsAll(queried);
		}
		dashboard.findValues("datasource")
			.stream()
			.filter(JsonNode::isObject)
			.forEach(datasource -> assertThat(datasource.path("uid").asString()).isEqualTo("${datasource}"));
	}

	private String scrape() {
		return api.get("/actuator/prometheus").assertStatus(200).body();
	}

	/** Scrapes until the sample (the sum of those with these labels) satisfies the condition; returns its value. */
	private double awaitSample(String name, Map<String, String> labels, java.util.function.DoublePredicate condition) {
		double[] last = { Double.NaN };
		Ports.await(name + labels + " as expected", WAIT, () -> {
			Optional<Double> value = sample(scrape(), name, labels);
			value.ifPresent(found -> last[0] = found);
			return value.isPresent() && !value.get().isNaN() && condition.test(value.get());
		});
		return last[0];
	}

	/** The sum of the samples of that name carrying these labels; empty when there is none. */
	static Optional<Double> sample(String scrape, String name, Map<String, String> labels) {
		List<Double> values = scrape.lines()
			.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter(line -> labels.entrySet()
				.stream()
				.allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.toList();
		return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().mapToDouble(Double::doubleValue).sum());
	}
}
