package org.coalitions.coalition.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of coordination. */
final class Posts {

	private Posts() {
	}

	record StartThread(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body) {
	}

	record Reply(@NotBlank @Size(max = 20000) String body) {
	}

	record Edit(@NotBlank @Size(max = 20000) String body) {
	}

	record Hide(@NotBlank @Size(max = 1000) String reason) {
	}

	record Minutes(@NotBlank @Size(max = 50000) String minutes) {
	}
}
