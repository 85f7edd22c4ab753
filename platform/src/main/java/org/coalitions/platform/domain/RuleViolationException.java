package org.coalitions.platform.domain;

/** A well-formed request that the platform's rules forbid in the current state: 409 or 422. */
public class RuleViolationException extends RuntimeException {

	private final boolean conflict;

	private RuleViolationException(String message, boolean conflict) {
		super(message);
		this.conflict = conflict;
	}

	/** The request clashes with the current state of a resource (409). */
	public static RuleViolationException conflict(String message) {
		return new RuleViolationException(message, true);
	}

	/** The request breaks a rule however often it is sent (422). */
	public static RuleViolationException unprocessable(String message) {
		return new RuleViolationException(message, false);
	}

	public boolean isConflict() {
		return conflict;
	}
}
