package org.coalitions.membership.roster;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
record BalanceController(Rosters rosters) {

	/** Public: how the coalition's members spread across stakeholder groups and regions. */
	@GetMapping("/api/coalitions/{id}/balance")
	BalanceView balance(@PathVariable String id) {
		return rosters.balance(id);
	}
}
