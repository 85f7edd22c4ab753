package org.coalitions.coalition.group;

import java.util.List;

import org.coalitions.coalition.roster.Rosters.Member;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class CoordinationGroupRulesTests {

	static final Member ANA = new Member("ana", Role.COORDINATOR, "Ana");

	static final Member BEN = new Member("ben", Role.COORDINATOR, "Ben");

	static final Member CAL = new Member("cal", Role.MEMBER, "Cal");

	static final Member DIA = new Member("dia", Role.MEMBER, "Dia");

	static final List<Member> ROSTER = List.of(ANA, BEN, CAL, DIA);

	@Test
	void withoutANamingAnActiveCoalitionIsRepresentedByItsCoordinators() {
		assertThat(CoordinationGroupRules.representatives(CoalitionStatus.ACTIVE, List.of(), ROSTER))
			.containsExactly(ANA, BEN);
	}

	@Test
	void namedRepresentativesReplaceTheCoordinators() {
		assertThat(CoordinationGroupRules.representatives(CoalitionStatus.ACTIVE, List.of("cal", "ana"), ROSTER))
			.containsExactly(CAL, ANA);
	}

	@Test
	void aNamedRepresentativeWhoLeftNoLongerCountsTheOtherOneStays() {
		assertThat(CoordinationGroupRules.representatives(CoalitionStatus.ACTIVE, List.of("cal", "gone"), ROSTER))
			.containsExactly(CAL);
	}

	@Test
	void whenNoNamedRepresentativeIsAMemberAnyMoreTheCoordinatorsRepresentTheCoalitionAgain() {
		assertThat(CoordinationGroupRules.representatives(CoalitionStatus.ACTIVE, List.of("gone", "away"), ROSTER))
			.containsExactly(ANA, BEN);
	}

	@ParameterizedTest
	@EnumSource(value = CoalitionStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
	void onlyAnActiveCoalitionHasASeat(CoalitionStatus status) {
		assertThat(CoordinationGroupRules.representatives(status, List.of(), ROSTER)).isEmpty();
		assertThat(CoordinationGroupRules.representatives(status, List.of("cal"), ROSTER)).isEmpty();
	}

	@Test
	void zeroOneOrTwoMembersMayBeNamed() {
		assertThat(CoordinationGroupRules.problems(List.of(), ROSTER)).isEmpty();
		assertThat(CoordinationGroupRules.problems(List.of("cal"), ROSTER)).isEmpty();
		assertThat(CoordinationGroupRules.problems(List.of("cal", "ana"), ROSTER)).isEmpty();
	}

	@Test
	void moreThanTwoRepeatedOrNonMembersAreRefused() {
		assertThat(CoordinationGroupRules.problems(List.of("ana", "ben", "cal"), ROSTER)).singleElement()
			.asString()
			.contains("at most 2");
		assertThat(CoordinationGroupRules.problems(List.of("cal", "cal"), ROSTER)).singleElement()
			.asString()
			.contains("once");
		assertThat(CoordinationGroupRules.problems(List.of("cal", "stranger"), ROSTER)).singleElement()
			.asString()
			.contains("stranger is not a member");
	}

	@Test
	void theGroupIsEveryoneWhoRepresentsACoalitionEachOnce() {
		assertThat(CoordinationGroupRules.members(List.of(List.of("ben", "ana"), List.of("cal", "ana"), List.of())))
			.containsExactly("ana", "ben", "cal");
	}
}
