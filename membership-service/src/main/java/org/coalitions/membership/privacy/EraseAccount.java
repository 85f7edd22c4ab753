package org.coalitions.membership.privacy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The confirmation "delete my account" needs: {@code {"confirm": "DELETE"}}, typed by the person. */
record EraseAccount(@NotNull(message = EraseAccount.SEND) @Pattern(regexp = "DELETE",
		message = EraseAccount.SEND) String confirm) {

	static final String SEND = "send {\"confirm\": \"DELETE\"} to delete your account and everything about you";
}
