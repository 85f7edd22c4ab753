package org.coalitions.membership.roster;

import java.util.Map;

import org.coalitions.contracts.BalanceChanged;

/**
 * How a coalition's members spread across stakeholder groups and UN regional groups. Every group and region
 * is listed, with 0 where no member is; {@code UNKNOWN} appears only when a member has no group or country.
 */
record Balance(int members, Map<String, Integer> byStakeholderGroup, Map<String, Integer> byRegion,
		int developingCountryMembers, int distinctStakeholderGroups, boolean ruleMet) {

	BalanceChanged toEvent(String coalitionId) {
		return new BalanceChanged(coalitionId, members, byStakeholderGroup, byRegion, developingCountryMembers,
				distinctStakeholderGroups, ruleMet);
	}
}
