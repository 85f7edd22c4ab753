package org.coalitions.membership.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Accepting an invitation: the token of its link. */
record AcceptInvitation(@NotBlank @Size(max = 100) String token) {
}
