package org.coalitions.coalition.outcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.OutcomeKind;

record DraftOutcome(@NotNull OutcomeKind kind, @NotBlank @Size(max = 200) String title,
		@Size(max = 100000) String body, @Min(2006) @Max(2100) Integer reportingCycle) {
}
