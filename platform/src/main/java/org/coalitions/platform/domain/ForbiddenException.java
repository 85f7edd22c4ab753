package org.coalitions.platform.domain;

/** The signed-in person may not do this here: 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
