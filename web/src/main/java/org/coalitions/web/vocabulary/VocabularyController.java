package org.coalitions.web.vocabulary;

import java.util.Arrays;
import java.util.List;

import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enum values the pages compare with and offer in selects, from the contracts the services use, in their
 * declared order; {@code js/vocabulary.js} reads them once when the app loads.
 */
@RestController
class VocabularyController {

	static final String PATH = "/vocabulary";

	record Vocabulary(List<String> joinPolicies, List<String> roles) {
	}

	@GetMapping(PATH)
	ResponseEntity<Vocabulary> vocabulary() {
		// no-cache, not no-store: a new release may add a value, and the browser revalidates cheaply
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(new Vocabulary(names(JoinPolicy.values()), names(Role.values())));
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).toList();
	}
}
