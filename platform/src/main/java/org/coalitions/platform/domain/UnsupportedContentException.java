package org.coalitions.platform.domain;

/** What was sent is of a kind this operation does not take (a file whose content is no accepted type): 415. */
public class UnsupportedContentException extends RuntimeException {

	public UnsupportedContentException(String message) {
		super(message);
	}
}
