package org.coalitions.notification.activity;

/** A date range that cannot be answered (reversed, or too long); a client error, named by its parameter. */
class InvalidRangeException extends RuntimeException {

	private final String parameter;

	InvalidRangeException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return parameter;
	}
}
