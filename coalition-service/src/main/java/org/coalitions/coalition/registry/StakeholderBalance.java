package org.coalitions.coalition.registry;

import java.util.Map;

import org.coalitions.contracts.BalanceChanged;

/**
 * The stakeholder balance as membership-service last published it ({@code BalanceChanged}): the review queue and
 * the checklists show it, and activation asks whether its multistakeholder rule is met. Kept as published: the
 * rule itself is membership-service's.
 */
public record StakeholderBalance(int members, Map<String, Integer> byStakeholderGroup, int distinctStakeholderGroups,
		int developingCountryMembers, boolean ruleMet) {

	static StakeholderBalance of(BalanceChanged balance) {
		return new StakeholderBalance(balance.members(),
				balance.byStakeholderGroup() == null ? Map.of() : Map.copyOf(balance.byStakeholderGroup()),
				balance.distinctStakeholderGroups(), balance.developingCountryMembers(), balance.ruleMet());
	}
}
