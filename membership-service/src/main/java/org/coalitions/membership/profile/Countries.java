package org.coalitions.membership.profile;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	public static boolean isCode(String code) {
		return code != null && CODES.contains(code.strip().toUpperCase(Locale.ROOT));
	}

	/** The code in upper case, or empty when it is not an ISO country. */
	public static Optional<String> normalise(String code) {
		return isCode(code) ? Optional.of(code.strip().toUpperCase(Locale.ROOT)) : Optional.empty();
	}
}
