package org.coalitions.coalition.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing or reopening a coalition needs a reason, recorded in its event. */
record StatusChange(@NotBlank @Size(max = 500) String reason) {
}
