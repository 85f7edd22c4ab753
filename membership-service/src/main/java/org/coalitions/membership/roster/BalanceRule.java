package org.coalitions.membership.roster;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.coalitions.contracts.StakeholderGroup;


/**
 * The multistakeholder rule: members come from at least {@code minStakeholderGroups} distinct stakeholder
 * groups. Members without a known group count in the balance but not towards the rule.
 */
record BalanceRule(int minStakeholderGroups) {

	static final String UNKNOWN = "UNKNOWN";

	Balance measure(Collection<Membership> members) {
		Map<String, Integer> byGroup = new LinkedHashMap<>();
		for (StakeholderGroup group : StakeholderGroup.values()) {
			byGroup.put(group.name(), 0);
		}
		Map<String, Integer> byRegion = new LinkedHashMap<>();
		for (UnRegion region : UnRegion.values()) {
			if (region != UnRegion.UNKNOWN) {
				byRegion.put(region.name(), 0);
			}
		}
		int developing = 0;
		for (Membership member : members) {
			byGroup.merge(member.stakeholderGroup() == null ? UNKNOWN : member.stakeholderGroup().name(), 1,
					Integer::sum);
			byRegion.merge(UnRegion.of(member.country()).name(), 1, Integer::sum);
			if (DevelopingCountries.isDeveloping(member.country())) {
				developing++;
			}
		}
		int distinct = (int) members.stream()
			.map(Membership::stakeholderGroup)
			.filter(Objects::nonNull)
			.distinct()
			.count();
		return new Balance(members.size(), Collections.unmodifiableMap(byGroup), Collections.unmodifiableMap(byRegion),
				developing, distinct, distinct >= minStakeholderGroups);
	}
}
