package org.coalitions.membership.roster;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The United Nations regional groups, by which the forum looks at geographic balance. Each of the 193 member
 * states is in one group, as the UN Department for General Assembly and Conference Management lists them;
 * Türkiye and the United States, which take part in more than one or only observe, are counted in Western
 * European and Other States, and Kiribati in Asia-Pacific. A few non-member economies are placed where they
 * lie (the State of Palestine, the Holy See, Taiwan, Hong Kong, Macao, Puerto Rico); every other code, and no
 * country at all, counts as {@link #UNKNOWN}.
 */
public enum UnRegion {

	AFRICAN_STATES("African States", "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS "
			+ "LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW"),

	ASIA_PACIFIC_STATES("Asia-Pacific States", "AF BH BD BT BN KH CN CY KP FJ IN ID IR IQ JP JO KZ KI KW KG LA LB MY MV "
			+ "MH FM MN MM NR NP OM PK PW PG PH QA KR WS SA SG SB LK SY TJ TH TL TO TM TV AE UZ VU VN YE PS TW HK MO"),

	EASTERN_EUROPEAN_STATES("Eastern European States",
			"AL AM AZ BY BA BG HR CZ EE GE HU LV LT MD ME MK PL RO RU RS SK SI UA"),

	LATIN_AMERICAN_AND_CARIBBEAN_STATES("Latin American and Caribbean States", "AG AR BS BB BZ BO BR CL CO CR CU DM DO "
			+ "EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE PR"),

	WESTERN_EUROPEAN_AND_OTHER_STATES("Western European and Other States", "AD AT AU BE CA DK FI FR DE GR IS IE IL IT "
			+ "LI LU MT MC NL NZ NO PT SM ES SE CH TR GB US VA"),

	UNKNOWN("Unknown", "");

	private static final Map<String, UnRegion> BY_COUNTRY = Arrays.stream(values())
		.flatMap(region -> region.countries.stream().map(country -> Map.entry(country, region)))
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private final String title;

	private final Set<String> countries;

	UnRegion(String title, String countries) {
		this.title = title;
		this.countries = countries.isBlank() ? Set.of()
				: Arrays.stream(countries.split(" ")).collect(Collectors.toUnmodifiableSet());
	}

	/** The group of an ISO 3166 alpha-2 country code (upper case); {@link #UNKNOWN} for none or another code. */
	public static UnRegion of(String country) {
		return country == null ? UNKNOWN : BY_COUNTRY.getOrDefault(country, UNKNOWN);
	}

	public String title() {
		return title;
	}

	Set<String> countries() {
		return countries;
	}

	static Map<String, UnRegion> table() {
		return BY_COUNTRY;
	}
}
