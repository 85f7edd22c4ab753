package org.coalitions.membership.roster;

import java.time.Instant;
import java.util.List;

import org.coalitions.contracts.Role;
import org.coalitions.contracts.StakeholderGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceRuleTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Test
	void countsMembersByStakeholderGroupRegionAndDevelopingCountry() {
		Balance balance = new BalanceRule(3).measure(List.of(member("a", StakeholderGroup.CIVIL_SOCIETY, "KE"),
				member("b", StakeholderGroup.CIVIL_SOCIETY, "NG"), member("c", StakeholderGroup.GOVERNMENT, "BR"),
				member("d", StakeholderGroup.TECHNICAL_COMMUNITY, "US"), member("e", null, null)));

		assertThat(balance.members()).isEqualTo(5);
		assertThat(balance.byStakeholderGroup()).containsEntry("CIVIL_SOCIETY", 2)
			.containsEntry("GOVERNMENT", 1)
			.containsEntry("TECHNICAL_COMMUNITY", 1)
			.containsEntry("PRIVATE_SECTOR", 0)
			.containsEntry("UNKNOWN", 1);
		assertThat(balance.byRegion()).containsEntry("AFRICAN_STATES", 2)
			.containsEntry("LATIN_AMERICAN_AND_CARIBBEAN_STATES", 1)
			.containsEntry("WESTERN_EUROPEAN_AND_OTHER_STATES", 1)
			.containsEntry("ASIA_PACIFIC_STATES", 0)
			.containsEntry("UNKNOWN", 1);
		assertThat(balance.developingCountryMembers()).isEqualTo(3);
		assertThat(balance.distinctStakeholderGroups()).isEqualTo(3);
		assertThat(balance.ruleMet()).isTrue();
	}

	@Test
	void unknownGroupsAndRegionsAppearOnlyWhenSomeoneHasNone() {
		Balance balance = new BalanceRule(3).measure(List.of(member("a", StakeholderGroup.GOVERNMENT, "FR")));

		assertThat(balance.byStakeholderGroup()).doesNotContainKey("UNKNOWN").hasSize(6);
		assertThat(balance.byRegion()).doesNotContainKey("UNKNOWN").hasSize(5);
	}

	@Test
	void theRuleCountsDistinctKnownGroupsAgainstTheConfiguredMinimum() {
		List<Membership> twoGroups = List.of(member("a", StakeholderGroup.GOVERNMENT, "FR"),
				member("b", StakeholderGroup.GOVERNMENT, "DE"), member("c", StakeholderGroup.PRIVATE_SECTOR, "JP"),
				member("d", null, "KE"));

		assertThat(new BalanceRule(3).measure(twoGroups).ruleMet()).isFalse();
		assertThat(new BalanceRule(3).measure(twoGroups).distinctStakeholderGroups()).isEqualTo(2);
		assertThat(new BalanceRule(2).measure(twoGroups).ruleMet()).isTrue();
		assertThat(new BalanceRule(3).measure(List.of()).ruleMet()).isFalse();
	}

	@Test
	void balancesOfTheSameMembersAreEqualWhateverTheirOrder() {
		Membership a = member("a", StakeholderGroup.GOVERNMENT, "FR");
		Membership b = member("b", StakeholderGroup.ACADEMIC_COMMUNITY, "IN");
		assertThat(new BalanceRule(3).measure(List.of(a, b))).isEqualTo(new BalanceRule(3).measure(List.of(b, a)));
	}

	private static Membership member(String id, StakeholderGroup group, String country) {
		return new Membership(id, Role.MEMBER, NOW, id, group, country);
	}
}
