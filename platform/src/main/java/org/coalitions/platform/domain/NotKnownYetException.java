package org.coalitions.platform.domain;

/**
 * A thing this service knows only from the events of a topic, and has not found: it may not exist (404), or exist
 * in an event this service has not applied yet. Which one is decided where failures become answers, by whether the
 * service has caught up on {@link #topic()}: if not, a 503 with {@code Retry-After}, never a 404.
 */
public class NotKnownYetException extends NotFoundException {

	private final String topic;

	public NotKnownYetException(String message, String topic) {
		super(message);
		this.topic = topic;
	}

	/** The topic whose events tell this service of such things. */
	public String topic() {
		return topic;
	}
}
