package org.coalitions.coalition.registry;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a coalition's work happens outside the platform. */
public record Links(@Size(max = 500) @Pattern(regexp = WEB_OR_MAIL, message = "must be an http(s) or mailto address") String mailingList,
		@Size(max = 500) @Pattern(regexp = WEB, message = "must be an http(s) address") String archive,
		@Size(max = 500) @Pattern(regexp = WEB, message = "must be an http(s) address") String website) {

	static final String WEB = "^https?://\\S+$";

	static final String WEB_OR_MAIL = "^(https?://|mailto:)\\S+$";

	static Links none() {
		return new Links(null, null, null);
	}
}
