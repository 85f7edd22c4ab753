package org.coalitions.membership.roster;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
record BalanceController(Rosters rosters) {

	/** Public: how the coalition's members spread across stakeholder groups and regions. */
	@GetMapping("/api/coalitions/{id}/balance")
	@Operation(summary = "The coalition's stakeholder balance: its members per stakeholder group")
	BalanceView balance(@PathVariable String id) {
		return rosters.balance(id);
	}
}
