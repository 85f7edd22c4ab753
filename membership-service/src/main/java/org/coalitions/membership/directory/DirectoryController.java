package org.coalitions.membership.directory;

import io.swagger.v3.oas.annotations.Operation;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.domain.NotKnownYetException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
record DirectoryController(CoalitionDirectory directory) {

	/** What membership-service knows of a coalition (from events): name, join policy, status. */
	@GetMapping("/api/coalitions/{id}/membership-info")
	@Operation(summary = "What membership-service knows of a coalition (name and status, as its events said)")
	CoalitionEntryView get(@PathVariable String id) {
		return directory.find(id)
			.map(CoalitionEntryView::of)
			.orElseThrow(() -> new NotKnownYetException("membership-service knows no coalition with id " + id,
					Topics.COALITION_EVENTS, () -> directory.find(id).isPresent()));
	}
}
