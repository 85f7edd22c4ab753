package org.coalitions.platform.messaging;

/** A record that is not a well-formed event: retrying cannot help, so it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}
}
