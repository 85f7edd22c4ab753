package org.coalitions.coalition.outcome;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.Position;

/** The bodies of the comment round's commands. */
final class RoundRequests {

	private RoundRequests() {
	}

	record OpenCommentWindow(@NotNull Instant closesAt) {
	}

	record WriteComment(@NotBlank @Size(max = 4000) String text, @Size(max = 2000) String quote,
			@Size(max = 100) String inReplyTo) {
	}

	record TakePosition(@NotNull Position position, @Size(max = 2000) String reason, Boolean anonymous) {

		boolean isAnonymous() {
			return Boolean.TRUE.equals(anonymous);
		}
	}
}
