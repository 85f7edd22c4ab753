package org.coalitions.platform.deadletters;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A record one of this service's consumer groups dead-lettered, as the operations API shows it. {@code payload} and
 * {@code headers} only when one record is inspected.
 * @param id {@code <dead-letter topic>:<partition>:<offset>}, where the record lies in the dead-letter topic
 * @param topic the topic it was read from; with {@code partition} and {@code offset}, where it lies there
 * @param key the record's key (a coalition or person id)
 * @param eventType the event's {@code ce_type}, if the record has one
 * @param eventId the event's {@code ce_id}, if the record has one
 * @param group the consumer group that gave up on it, the one a re-drive hands it to again
 * @param failure why that group gave up on it
 * @param deadLetteredAt when it was dead-lettered
 * @param state waiting for someone, re-driven (applied since) or discarded
 * @param settledAt when it was re-driven or discarded
 * @param settledBy by whom (the operator's token subject)
 * @param lastRedriveAt when a re-drive was last tried and failed, if ever
 * @param lastRedriveFailure why that re-drive failed
 */
public record DeadLetter(String id, String topic, Integer partition, Long offset, String key, String eventType,
		String eventId, String group, Failure failure, Instant deadLetteredAt, State state, Instant settledAt,
		String settledBy, Instant lastRedriveAt, Failure lastRedriveFailure,
		@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> headers,
		@JsonInclude(JsonInclude.Include.NON_NULL) String payload) {

	/** What became of a dead-lettered record. */
	public enum State {
		/** Nobody has settled it yet (a re-drive that failed leaves it waiting). */
		WAITING,
		/** Handed to its group's handlers again, which applied it. */
		REDRIVEN,
		/** Set aside by an operator: it will not be applied. */
		DISCARDED
	}

	/**
	 * A failure: the exception's class and its message, cut short.
	 * @param exception the exception's class name
	 * @param message its message, at most {@value Failure#MESSAGE_LENGTH} characters, without control characters
	 */
	public record Failure(String exception, String message) {

		static final int MESSAGE_LENGTH = 300;

		static Failure of(String exception, String message) {
			if (message == null) {
				return new Failure(exception, null);
			}
			String flat = message.replaceAll("\\p{Cntrl}+", " ").strip();
			return new Failure(exception, flat.length() <= MESSAGE_LENGTH ? flat : flat.substring(0, MESSAGE_LENGTH - 1) + "…");
		}

		static Failure of(Throwable failure) {
			return of(failure.getClass().getName(), failure.getMessage());
		}
	}

	DeadLetter inspected(Map<String, String> recordHeaders, String recordPayload) {
		return new DeadLetter(id, topic, partition, offset, key, eventType, eventId, group, failure, deadLetteredAt, state,
				settledAt, settledBy, lastRedriveAt, lastRedriveFailure, recordHeaders, recordPayload);
	}
}
