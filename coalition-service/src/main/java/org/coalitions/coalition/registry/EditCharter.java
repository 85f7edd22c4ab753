package org.coalitions.coalition.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.JoinPolicy;

/** A new description of a coalition; name and theme stay. */
record EditCharter(@NotBlank @Size(max = 1000) String summary, @Size(max = 20000) String charter,
		@NotNull JoinPolicy joinPolicy, @Valid Links links) {
}
