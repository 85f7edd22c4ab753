package org.coalitions.membership.roster;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnRegionTests {

	/** In the table though not UN member states. */
	static final Set<String> NON_MEMBERS = Set.of("PS", "VA", "TW", "HK", "MO", "PR");

	@Test
	void mapsCountriesToTheirRegionalGroup() {
		assertThat(UnRegion.of("KE")).isEqualTo(UnRegion.AFRICAN_STATES);
		assertThat(UnRegion.of("EG")).isEqualTo(UnRegion.AFRICAN_STATES);
		assertThat(UnRegion.of("CN")).isEqualTo(UnRegion.ASIA_PACIFIC_STATES);
		assertThat(UnRegion.of("CY")).isEqualTo(UnRegion.ASIA_PACIFIC_STATES);
		assertThat(UnRegion.of("RU")).isEqualTo(UnRegion.EASTERN_EUROPEAN_STATES);
		assertThat(UnRegion.of("BR")).isEqualTo(UnRegion.LATIN_AMERICAN_AND_CARIBBEAN_STATES);
		assertThat(UnRegion.of("US")).isEqualTo(UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES);
		assertThat(UnRegion.of("TR")).isEqualTo(UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES);
		assertThat(UnRegion.of("AU")).isEqualTo(UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES);
	}

	@Test
	void noCountryOrOneOutsideTheTableIsUnknown() {
		assertThat(UnRegion.of(null)).isEqualTo(UnRegion.UNKNOWN);
		assertThat(UnRegion.of("AQ")).isEqualTo(UnRegion.UNKNOWN);
		assertThat(UnRegion.of("ZZ")).isEqualTo(UnRegion.UNKNOWN);
	}

	@Test
	void coversAllHundredAndNinetyThreeMemberStatesEachOnceWithValidCodes() {
		Map<String, UnRegion> table = UnRegion.table();
		assertThat(Set.of(Locale.getISOCountries())).containsAll(table.keySet());
		assertThat(table.keySet()).containsAll(NON_MEMBERS);
		assertThat(table.size() - NON_MEMBERS.size()).isEqualTo(193);
		int listed = 0;
		for (UnRegion region : UnRegion.values()) {
			listed += region.countries().size();
		}
		assertThat(listed).as("no country in two groups").isEqualTo(table.size());
		assertThat(UnRegion.AFRICAN_STATES.countries()).hasSize(54);
		assertThat(UnRegion.EASTERN_EUROPEAN_STATES.countries()).hasSize(23);
		assertThat(UnRegion.LATIN_AMERICAN_AND_CARIBBEAN_STATES.countries()).hasSize(33 + 1);
	}
}
