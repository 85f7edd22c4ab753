package org.coalitions.contracts;

import java.util.Map;

/**
 * The stakeholder balance of a coalition changed. {@code byStakeholderGroup} and {@code byRegion} count members
 * (regions: UN regional groups); {@code ruleMet} says whether the multistakeholder rule holds (default: at least
 * three distinct stakeholder groups).
 */
public record BalanceChanged(String coalitionId, int members, Map<String, Integer> byStakeholderGroup,
		Map<String, Integer> byRegion, int developingCountryMembers, int distinctStakeholderGroups, boolean ruleMet)
		implements CoalitionEvent {
}
