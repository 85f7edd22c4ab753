package org.coalitions.membership.roster;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopingCountriesTests {

	@Test
	void countriesOutsideTheHighIncomeSetAreDeveloping() {
		assertThat(DevelopingCountries.isDeveloping("KE")).isTrue();
		assertThat(DevelopingCountries.isDeveloping("BR")).isTrue();
		assertThat(DevelopingCountries.isDeveloping("IN")).isTrue();
		assertThat(DevelopingCountries.isDeveloping("CN")).isTrue();
		assertThat(DevelopingCountries.isDeveloping("US")).isFalse();
		assertThat(DevelopingCountries.isDeveloping("CH")).isFalse();
		assertThat(DevelopingCountries.isDeveloping("JP")).isFalse();
		assertThat(DevelopingCountries.isDeveloping("AE")).isFalse();
	}

	@Test
	void noCountryOrNoIsoCodeIsNotCounted() {
		assertThat(DevelopingCountries.isDeveloping(null)).isFalse();
		assertThat(DevelopingCountries.isDeveloping("ZZ")).isFalse();
	}

	@Test
	void theHighIncomeListHoldsOnlyIsoCodes() {
		assertThat(Set.of(Locale.getISOCountries())).containsAll(DevelopingCountries.HIGH_INCOME);
	}
}
