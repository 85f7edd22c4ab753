package org.coalitions.membership.roster;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A coordinator's answer to a join request, with an optional message to the requester. */
record Decision(@NotNull Boolean approve, @Size(max = 1000) String message) {
}
