package org.coalitions.membership.roster;

import jakarta.validation.constraints.Size;

/** Asking to join; the message goes to the coordinators of a moderated coalition. */
record JoinCoalition(@Size(max = 1000) String message) {
}
