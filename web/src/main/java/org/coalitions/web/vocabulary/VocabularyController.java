package org.coalitions.web.vocabulary;

import java.util.Arrays;
import java.util.List;

import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.Position;
import org.coalitions.contracts.ReviewDecision;
import org.coalitions.contracts.ReviewState;
import org.coalitions.contracts.Risk;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.contracts.Theme;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enum values the pages compare with and offer in selects, from the contracts the services use, in their
 * declared order; {@code js/pages/common.js} reads them once when the app loads.
 */
@RestController
class VocabularyController {

	static final String PATH = "/vocabulary";

	record Vocabulary(List<String> themes, List<String> statuses, List<String> joinPolicies, List<String> roles,
			List<String> stakeholderGroups, List<String> digests, List<String> outcomeKinds, List<String> risks,
			List<String> reviewStates, List<String> reviewDecisions, List<String> positions) {

		static final Vocabulary OF_THE_CONTRACTS = new Vocabulary(names(Theme.values()),
				names(CoalitionStatus.values()), names(JoinPolicy.values()), names(Role.values()),
				names(StakeholderGroup.values()), names(DigestPreference.values()), names(OutcomeKind.values()),
				names(Risk.values()), names(ReviewState.values()), names(ReviewDecision.values()),
				names(Position.values()));
	}

	@GetMapping(PATH)
	ResponseEntity<Vocabulary> vocabulary() {
		// no-cache, not no-store: a new release may add a value, and the browser revalidates cheaply
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(Vocabulary.OF_THE_CONTRACTS);
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).toList();
	}
}
