package org.coalitions.membership.roster;

import java.util.Map;

/**
 * A coalition's balance, public. {@code developingCountryParticipation}: at least one member comes from a
 * developing country ({@link DevelopingCountries}); {@code ruleMet}: members come from at least
 * {@code minStakeholderGroups} stakeholder groups.
 */
record BalanceView(String coalitionId, int members, Map<String, Integer> byStakeholderGroup,
		Map<String, Integer> byRegion, int developingCountryMembers, boolean developingCountryParticipation,
		int distinctStakeholderGroups, int minStakeholderGroups, boolean ruleMet) {

	static BalanceView of(String coalitionId, Balance balance, BalanceRule rule) {
		return new BalanceView(coalitionId, balance.members(), balance.byStakeholderGroup(), balance.byRegion(),
				balance.developingCountryMembers(), balance.developingCountryMembers() > 0,
				balance.distinctStakeholderGroups(), rule.minStakeholderGroups(), balance.ruleMet());
	}
}
