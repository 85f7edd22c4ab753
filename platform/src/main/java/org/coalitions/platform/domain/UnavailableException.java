package org.coalitions.platform.domain;

/**
 * A system this service needs for the command (another server, e.g. the sign-in's admin API) cannot be reached
 * just now, and nothing was done: the client may try again after {@link #retryAfterSeconds()} (a 503 with
 * {@code Retry-After}).
 */
public class UnavailableException extends RuntimeException {

	private final int retryAfterSeconds;

	public UnavailableException(String message, int retryAfterSeconds, Throwable cause) {
		super(message, cause);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
