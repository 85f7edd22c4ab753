package org.coalitions.membership.roster;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalitions.membership.profile.Countries;

/**
 * Which members count towards developing-country participation. Kept simple and stated plainly: every ISO
 * country that is <em>not</em> a high-income economy in the World Bank's classification for fiscal year 2025
 * (July 2024; the Channel Islands as JE and GG) is counted as developing. That set contains every OECD DAC
 * donor. A member with no country counts as neither. Revisit the list when the classification changes.
 */
public final class DevelopingCountries {

	static final Set<String> HIGH_INCOME = Arrays.stream(("AD AG AW AU AT BS BH BB BE BM VG BN BG CA KY JE GG CL HR CW "
			+ "CY CZ DK EE FO FI FR PF DE GI GR GL GU HK HU IS IE IM IL IT JP KR KW LV LI LT LU MO MT MC NR NL NC NZ MP "
			+ "NO OM PW PA PL PT PR QA RO RU SM SA SC SG SX SK SI ES KN MF SE CH TW TT TC AE GB US UY VI")
		.split(" ")).collect(Collectors.toUnmodifiableSet());

	private DevelopingCountries() {
	}

	public static boolean isDeveloping(String country) {
		return Countries.isCode(country) && !HIGH_INCOME.contains(country);
	}
}
