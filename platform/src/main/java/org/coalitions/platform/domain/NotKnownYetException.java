package org.coalitions.platform.domain;

import java.util.function.BooleanSupplier;

/**
 * A thing this service knows only from the events of a topic, and has not found: it may not exist (404), or exist
 * in an event this service has not applied yet. Which one is decided where failures become answers, by whether the
 * service has caught up on {@link #topic()}: if not, a 503 with {@code Retry-After}, never a 404.
 */
public class NotKnownYetException extends NotFoundException {

	private final String topic;

	private final BooleanSupplier knownNow;

	/**
	 * @param knownNow looks again: what was applied between the failed lookup and the check that the service has
	 * caught up was not there for the lookup, and is no reason for a 404
	 */
	public NotKnownYetException(String message, String topic, BooleanSupplier knownNow) {
		super(message);
		this.topic = topic;
		this.knownNow = knownNow;
	}

	/** Whether a lookup now finds it. */
	public boolean knownNow() {
		return knownNow.getAsBoolean();
	}

	/** The topic whose events tell this service of such things. */
	public String topic() {
		return topic;
	}
}
