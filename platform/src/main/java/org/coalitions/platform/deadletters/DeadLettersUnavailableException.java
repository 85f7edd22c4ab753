package org.coalitions.platform.deadletters;

/** The broker did not answer in time, so the dead-letter topics cannot be read just now: 503. */
class DeadLettersUnavailableException extends RuntimeException {

	DeadLettersUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
