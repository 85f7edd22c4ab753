package org.coalitions.membership.invitation;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Inviting people: their addresses (at most {@value #MAX_ADDRESSES}; case and repeats do not matter) and a
 * message for all of them.
 */
record InvitePeople(@NotEmpty @Size(max = InvitePeople.MAX_ADDRESSES) List<@NotBlank @Email @Size(max = 254) String> emails,
		@Size(max = 2000) String message) {

	static final int MAX_ADDRESSES = 20;
}
