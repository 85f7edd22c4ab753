package org.coalitions.platform.web;

/** A change that could silently overwrite someone else's was sent without If-Match: 428. */
public class PreconditionRequiredException extends RuntimeException {

	public PreconditionRequiredException(String message) {
		super(message);
	}
}
