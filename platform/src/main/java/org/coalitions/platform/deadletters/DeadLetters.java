package org.coalitions.platform.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.deadletters.DeadLetter.Failure;
import org.coalitions.platform.deadletters.DeadLetter.State;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.messaging.EventSubscriptions;
import org.coalitions.platform.messaging.MalformedEventException;
import org.coalitions.platform.persistence.StoreFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * This service's dead letters: the records of the dead-letter topics (the twins of the topics its subscriptions
 * read) that one of its own consumer groups gave up on, as Spring Kafka's {@code kafka_dlt-*} headers say. Another
 * service's groups dead-letter into the same topics; each service lists and re-drives its own.
 * <p>
 * Kafka records cannot change, so what became of one (re-driven, discarded, the last re-drive's failure) is kept
 * in the collection {@value #COLLECTION}, one document per dead letter, under its id. A re-drive hands the record
 * to the handlers of the subscription in the group that gave up on it ({@link EventSubscriptions#handleAgain}), not
 * back to its topic, which would deliver it again to every other group too; the handlers apply each event id once,
 * so a record that took effect meanwhile changes nothing. Re-driven and discarded are final: asking again is a 409.
 */
public class DeadLetters {

	static final String COLLECTION = "dead_letters";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	/** What the names of the headers the dead-lettering adds begin with. */
	private static final String DEAD_LETTER_HEADERS = "kafka_dlt-";

	/** The largest payload shown when a record is inspected. */
	private static final int PAYLOAD_LENGTH = 64 * 1024;

	private final DeadLetterTopics topics;

	private final EventSubscriptions subscriptions;

	private final MongoOperations mongo;

	private final Clock clock;

	public DeadLetters(Map<String, Object> consumerConfig, EventSubscriptions subscriptions, MongoOperations mongo,
			Clock clock) {
		this.topics = new DeadLetterTopics(consumerConfig);
		this.subscriptions = subscriptions;
		this.mongo = mongo;
		this.clock = clock;
	}

	/** This service's dead letters, newest first; those in the given state only if one is given. */
	public List<DeadLetter> list(Optional<State> state) {
		List<ConsumerRecord<String, byte[]>> records = topics.read(deadLetterTopics(), this::ours);
		Map<String, Document> handled = handling(records.stream().map(DeadLetters::idOf).toList());
		return records.stream()
			.map(record -> view(record, handled.get(idOf(record))))
			.filter(deadLetter -> state.map(wanted -> wanted == deadLetter.state()).orElse(true))
			.sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed().thenComparing(DeadLetter::id))
			.toList();
	}

	/** One dead letter with its headers and payload. */
	public DeadLetter inspect(String id) {
		ConsumerRecord<String, byte[]> record = find(id);
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			if (!header.key().startsWith(DEAD_LETTER_HEADERS) && header.value() != null) {
				headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
		if (payload != null && payload.length() > PAYLOAD_LENGTH) {
			payload = payload.substring(0, PAYLOAD_LENGTH) + "…";
		}
		return view(record, handling(id)).inspected(headers, payload);
	}

	/**
	 * Hands the record to the handlers of the group that gave up on it.
	 * @throws RuleViolationException 409 when it was re-driven or discarded before, or fails again for a reason
	 * that may pass (noted as the last re-drive's failure, the dead letter still waiting); 422 when it is still not
	 * a well-formed event, which no re-drive can mend
	 */
	public DeadLetter redrive(String id, String operator) {
		ConsumerRecord<String, byte[]> record = find(id);
		refuseIfSettled(id, "re-driven");
		String group = header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
		ConsumerRecord<String, byte[]> original = original(record)
			.orElseThrow(() -> RuleViolationException.unprocessable("Dead letter " + id + " does not say where it came from."));
		boolean handled;
		try {
			handled = subscriptions.handleAgain(group, original);
		}
		catch (RuntimeException failed) {
			if (StoreFailures.unreachable(failed)) {
				throw failed;
			}
			Failure failure = Failure.of(failed);
			try {
				mongo.upsert(unsettled(id), new Update().set("state", State.WAITING.name())
					.set("lastRedriveAt", Date.from(clock.instant()))
					.set("lastRedriveException", failure.exception())
					.set("lastRedriveMessage", failure.message()), COLLECTION);
			}
			catch (DuplicateKeyException settledMeanwhile) {
				// another operator settled it while this re-drive ran: their outcome stands
			}
			log.info("Dead letter {} failed again when re-driven ({})", id, failure.exception());
			String why = "Dead letter " + id + " failed again: " + failure.exception() + ": " + failure.message();
			throw failed instanceof MalformedEventException ? RuleViolationException.unprocessable(why)
					: RuleViolationException.conflict(why);
		}
		if (!handled) {
			throw RuleViolationException.conflict("No subscription of this service in group " + group + " reads "
					+ original.topic() + " any more.");
		}
		settle(id, State.REDRIVEN, operator, "re-driven");
		log.info("Dead letter {} re-driven", id);
		return view(record, handling(id));
	}

	/** Sets the record aside for good. */
	public DeadLetter discard(String id, String operator) {
		ConsumerRecord<String, byte[]> record = find(id);
		refuseIfSettled(id, "discarded");
		settle(id, State.DISCARDED, operator, "discarded");
		log.info("Dead letter {} discarded", id);
		return view(record, handling(id));
	}

	private ConsumerRecord<String, byte[]> find(String id) {
		return DeadLetterId.parse(id)
			.filter(place -> deadLetterTopics().contains(place.topic()))
			.flatMap(topics::read)
			.filter(this::ours)
			.orElseThrow(() -> new NotFoundException("This service has no dead letter " + id + "."));
	}

	private void refuseIfSettled(String id, String asked) {
		Document handled = handling(id);
		if (handled != null && !State.WAITING.name().equals(handled.getString("state"))) {
			throw RuleViolationException.conflict("Dead letter " + id + " cannot be " + asked + ": it was "
					+ handled.getString("state").toLowerCase().replace("redriven", "re-driven") + " at "
					+ handled.getDate("settledAt").toInstant() + ".");
		}
	}

	/** Marks the dead letter settled unless someone settled it first (then 409). */
	private void settle(String id, State state, String operator, String asked) {
		Update update = new Update().set("state", state.name())
			.set("settledAt", Date.from(clock.instant()))
			.set("settledBy", operator);
		try {
			var result = mongo.upsert(unsettled(id), update, COLLECTION);
			if (result.getMatchedCount() > 0 || result.getUpsertedId() != null) {
				return;
			}
		}
		catch (DuplicateKeyException settledMeanwhile) {
			// the document exists and was settled: the upsert's insert collided with it
		}
		refuseIfSettled(id, asked);
	}

	private static Query unsettled(String id) {
		return Query.query(Criteria.where("_id").is(id).and("state").nin(State.REDRIVEN.name(), State.DISCARDED.name()));
	}

	private Document handling(String id) {
		return mongo.findById(id, Document.class, COLLECTION);
	}

	private Map<String, Document> handling(List<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
			.stream()
			.collect(Collectors.toMap(document -> document.getString("_id"), Function.identity()));
	}

	/** The dead-letter twins of the topics this service's subscriptions read. */
	private Set<String> deadLetterTopics() {
		Set<String> deadLetterTopics = new TreeSet<>();
		subscriptions.topicsByGroup().values().forEach(read -> read.forEach(topic -> deadLetterTopics.add(Topics.deadLetter(topic))));
		return deadLetterTopics;
	}

	/** Whether one of this service's groups dead-lettered the record. */
	private boolean ours(ConsumerRecord<String, byte[]> record) {
		String group = header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
		return group != null && subscriptions.topicsByGroup().containsKey(group);
	}

	private static DeadLetter view(ConsumerRecord<String, byte[]> record, Document handled) {
		State state = handled == null ? State.WAITING : State.valueOf(handled.getString("state"));
		Failure lastRedriveFailure = handled == null || handled.getString("lastRedriveException") == null ? null
				: new Failure(handled.getString("lastRedriveException"), handled.getString("lastRedriveMessage"));
		return new DeadLetter(idOf(record), header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
				intHeader(record, KafkaHeaders.DLT_ORIGINAL_PARTITION).orElse(null),
				longHeader(record, KafkaHeaders.DLT_ORIGINAL_OFFSET).orElse(null), record.key(),
				header(record, CloudEvents.TYPE), header(record, CloudEvents.ID),
				header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), failure(record),
				Instant.ofEpochMilli(record.timestamp()), state, instant(handled, "settledAt"),
				handled == null ? null : handled.getString("settledBy"), instant(handled, "lastRedriveAt"),
				lastRedriveFailure, null, null);
	}

	/**
	 * Why the group gave up: the first exception of the chain that is not Spring Kafka's wrapper around it (the
	 * stack trace header lists the chain), else the headers' exception and message.
	 */
	static Failure failure(ConsumerRecord<String, byte[]> record) {
		String trace = header(record, KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
		if (trace != null) {
			String[] lines = trace.split("\\R");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].strip();
				if (i > 0 && !line.startsWith("Caused by: ")) {
					continue;
				}
				String thrown = line.startsWith("Caused by: ") ? line.substring("Caused by: ".length()) : line;
				int colon = thrown.indexOf(": ");
				String type = colon < 0 ? thrown : thrown.substring(0, colon);
				if (!type.startsWith("org.springframework.kafka.") && !type.contains(" ")) {
					return Failure.of(type, colon < 0 ? null : thrown.substring(colon + 2));
				}
			}
		}
		String type = header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
		return Failure.of(type != null ? type : header(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
				header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE));
	}

	/** The record as its group read it: where it came from, its key, value and headers, without the dead-letter ones. */
	private static Optional<ConsumerRecord<String, byte[]>> original(ConsumerRecord<String, byte[]> record) {
		String topic = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
		Optional<Integer> partition = intHeader(record, KafkaHeaders.DLT_ORIGINAL_PARTITION);
		Optional<Long> offset = longHeader(record, KafkaHeaders.DLT_ORIGINAL_OFFSET);
		if (topic == null || partition.isEmpty() || offset.isEmpty()) {
			return Optional.empty();
		}
		ConsumerRecord<String, byte[]> original = new ConsumerRecord<>(topic, partition.get(), offset.get(), record.key(),
				record.value());
		for (Header header : record.headers()) {
			if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
				original.headers().add(header);
			}
		}
		return Optional.of(original);
	}

	private static String idOf(ConsumerRecord<String, byte[]> record) {
		return new DeadLetterId(record.topic(), record.partition(), record.offset()).toString();
	}

	private static Instant instant(Document handled, String field) {
		return handled == null || handled.getDate(field) == null ? null : handled.getDate(field).toInstant();
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static Optional<Integer> intHeader(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null || header.value() == null || header.value().length != Integer.BYTES ? Optional.empty()
				: Optional.of(ByteBuffer.wrap(header.value()).getInt());
	}

	private static Optional<Long> longHeader(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null || header.value() == null || header.value().length != Long.BYTES ? Optional.empty()
				: Optional.of(ByteBuffer.wrap(header.value()).getLong());
	}
}
