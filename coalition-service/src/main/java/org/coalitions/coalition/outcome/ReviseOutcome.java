package org.coalitions.coalition.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReviseOutcome(@NotBlank @Size(max = 200) String title, @Size(max = 100000) String body) {
}
