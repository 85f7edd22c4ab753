package org.coalitions.platform.web;

import java.io.IOException;

/**
 * A request body went past {@link WebLimits#maxRequestSize()} while it was read: 413. An {@link IOException},
 * because it is thrown by the body's stream, from inside whatever parser reads it.
 */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("The request body is larger than the " + limit + " bytes this service accepts.");
	}
}
