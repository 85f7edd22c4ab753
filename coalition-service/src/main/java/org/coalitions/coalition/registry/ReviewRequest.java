package org.coalitions.coalition.registry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.ReviewDecision;

/** The secretariat's decision on a proposal; asking for changes and declining need a message for the proposers. */
record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 4000) String message) {

	/**
	 * Named as a getter of {@code message}, so that a missing message is reported on the field {@code message}.
	 */
	@AssertTrue(message = "is required to ask for changes or to decline")
	boolean isMessage() {
		return decision == null || decision == ReviewDecision.APPROVED || (message != null && !message.isBlank());
	}
}
