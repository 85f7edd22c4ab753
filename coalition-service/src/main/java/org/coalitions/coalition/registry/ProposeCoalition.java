package org.coalitions.coalition.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Theme;

/**
 * A proposal for a new coalition, with its formation statement for the secretariat's review. {@code themeName}
 * names a free theme when {@code theme} is OTHER.
 */
record ProposeCoalition(@NotBlank @Size(min = 3, max = 120) String name, @NotNull Theme theme,
		@Size(max = 80) String themeName, @NotBlank @Size(max = 1000) String summary,
		@Size(max = 20000) String charter, @NotNull JoinPolicy joinPolicy, @Valid Links links,
		@NotNull @Valid StatementText statement) {
}
